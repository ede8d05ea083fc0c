using System.Text.RegularExpressions;

namespace Fundus.Enrichment;

/// <summary>
/// Finds organizations: names from the curated <c>organizations.txt</c> (longest first, so <c>Fraunhofer IESE</c>
/// beats <c>Fraunhofer</c>), acronyms in parentheses (<c>(SPD)</c>), and capitalized names ending in a legal form or
/// a kind of body (<c>Brain-SCC GmbH</c>, <c>Deutscher Landkreistag</c>).
/// </summary>
public sealed partial class OrganizationExtractor
{
    private static readonly Lazy<OrganizationExtractor> Shared = new(() => new OrganizationExtractor(
        EmbeddedText.Lines("Fundus.Enrichment.Resources.organizations.txt").ToList()));

    // One pattern for all known names, longest first, built once: a pattern per name and call was the costliest
    // part of extraction (ExtractionTests and fundus-bench index-throughput measure it).
    private readonly Regex? _known;

    public OrganizationExtractor(IEnumerable<string> known)
    {
        var names = known.Select(k => k.Trim()).Where(k => k.Length > 0 && !k.StartsWith('#')).OrderByDescending(k => k.Length).ToList();
        _known = names.Count == 0
            ? null
            : new Regex($@"(?<![\p{{L}}-])(?:{string.Join('|', names.Select(Regex.Escape))})(?![\p{{L}}-])", RegexOptions.CultureInvariant);
    }

    public static OrganizationExtractor Default => Shared.Value;

    public IReadOnlyList<Extracted> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Extracted>();
        var covered = new List<(int Start, int End)>();
        if (_known is not null)
        {
            foreach (Match match in _known.Matches(text))
            {
                covered.Add((match.Index, match.Index + match.Length));
                Add(found, match.Value, "list");
            }
        }

        foreach (Match match in Acronym().Matches(text))
        {
            Add(found, match.Groups[1].Value, "acronym");
        }

        foreach (Match match in BodyName().Matches(text))
        {
            if (!covered.Any(c => match.Index < c.End && match.Index + match.Length > c.Start))
            {
                Add(found, match.Value.Trim(), "suffix");
            }
        }

        return found;
    }

    private static void Add(List<Extracted> found, string name, string rule)
    {
        if (!found.Any(f => f.Value == name))
        {
            found.Add(new Extracted(name, rule));
        }
    }

    [GeneratedRegex(@"\(([A-ZÄÖÜ]{2,6})\)")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(?:[A-ZÄÖÜ][\p{L}-]+ ){0,3}[A-ZÄÖÜ][\p{L}-]*(?: GmbH| AG| e\.V\.|[- ]Institut|stiftung| Stiftung|verband| Verband|landkreistag|städtetag)\b")]
    private static partial Regex BodyName();
}
