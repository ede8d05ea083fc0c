using Fundus.Enrichment;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>
/// Makes places findable by their adjectives and demonyms and keeps place names whole. Expects lower-case input.
/// <list type="bullet">
/// <item><c>Linzer → linzer (+ linz)</c>, <c>niedersächsischen → niedersächsischen (+ niedersachsen)</c>
/// (<see cref="TokenTypes.Place"/>), where the <see cref="Gazetteer"/> knows the place;</item>
/// <item><c>Regensburg</c>, <c>Freiburg</c> stay whole (marked as keywords): a town is no compound of
/// <c>Regen + Burg</c>.</item>
/// </list>
/// A place name counts in text only when capitalized (the verb <c>essen</c> is not the city), in a query in any
/// case, where a lower-case one keeps its stem as a second reading; adjectives count in any case.
/// </summary>
public sealed class PlaceNameFilter(TokenStream input, Gazetteer gazetteer, bool forQueries) : StackingFilter(input)
{
    private readonly IFlagsAttribute _flags = input.AddAttribute<IFlagsAttribute>();

    protected override void Process()
    {
        if (Type.Type != TokenTypes.Word || Term.Length < 3)
        {
            return;
        }

        var capitalized = (_flags.Flags & GermanWordTokenizer.CapitalizedFlag) != 0;
        var chars = Term.Buffer.AsSpan(0, Term.Length);
        var mayBeName = capitalized || forQueries;

        // Demonyms end in -er (Linzer), place adjectives in -sch and its endings (niedersächsischen, deutschen).
        var mayBeAdjective = chars[^1] == 'r' || chars.Contains("sch", StringComparison.Ordinal);
        if (!mayBeName && !mayBeAdjective && chars[^1] != 's')
        {
            return;
        }

        if (mayBeName && gazetteer.IsPlaceWord(chars))
        {
            Keyword.IsKeyword = true;
            if (!capitalized)
            {
                Emit(GermanLemmaFilter.Stem(chars.ToString()), TokenTypes.Word, keyword: true);
            }

            return;
        }

        // Hessens, Niedersachsens: the genitive of a place name names the place.
        if ((capitalized || forQueries) && chars.Length > 4 && chars[^1] == 's' && gazetteer.IsPlaceWord(chars[..^1]))
        {
            Keyword.IsKeyword = true;
            Emit(chars[..^1].ToString(), TokenTypes.Place, keyword: true);
            return;
        }

        if (mayBeAdjective && gazetteer.FindByAdjective(chars) is { } place && !place.Name.Contains(' ', StringComparison.Ordinal))
        {
            // Regensburger is no Regen + Burger.
            Keyword.IsKeyword = true;
            Emit(place.Name.ToLowerInvariant(), TokenTypes.Place, keyword: true);
        }
    }
}
