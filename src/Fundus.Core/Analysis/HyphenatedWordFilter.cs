using Lucene.Net.Analysis;

namespace Fundus.Analysis;

/// <summary>
/// Splits a hyphenated compound into its parts at consecutive positions, so a phrase of the parts matches, and
/// stacks the parts written together on the first one, so the word is findable as one:
/// <c>Smart-City-Projekte → Smart, City, Projekte (+ SmartCityProjekte)</c>; <c>E-Government → E, Government (+ EGovernment)</c>.
/// </summary>
public sealed class HyphenatedWordFilter(TokenStream input) : StackingFilter(input)
{
    protected override void Process()
    {
        if (Type.Type != TokenTypes.Hyphenated)
        {
            return;
        }

        var word = Term.ToString();
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            Type.Type = TokenTypes.Word;
            return;
        }

        var start = Offset.StartOffset;
        var end = Offset.EndOffset;
        var at = 0;
        var bounds = new (int Start, int End)[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            at = word.IndexOf(parts[i], at, StringComparison.Ordinal);
            bounds[i] = (Math.Min(start + at, end), Math.Min(start + at + parts[i].Length, end));
            at += parts[i].Length;
        }

        // The current token becomes the first part; the joined form stacks on it; the other parts follow.
        Term.SetEmpty().Append(parts[0]);
        Type.Type = TokenTypes.Word;
        Offset.SetOffset(bounds[0].Start, bounds[0].End);
        Emit(string.Concat(parts), TokenTypes.Joined, 0, start, end);
        for (var i = 1; i < parts.Length; i++)
        {
            Emit(parts[i], TokenTypes.Word, 1, bounds[i].Start, bounds[i].End);
        }
    }
}
