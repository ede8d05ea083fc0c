using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>
/// Keeps a closed compound and stacks its parts on it (<see cref="TokenTypes.Part"/>), so a part finds the whole
/// and the whole finds its parts: <c>Verwaltungsdigitalisierung → verwaltungsdigitalisierung (+ verwaltung, digitalisierung)</c>.
/// Parts carry the whole word's offsets, so highlighting marks the compound. Expects lower-case input.
/// <para>Only nouns are split, told by their capital letter in the text (<c>künstlichen</c> is no
/// <c>kün + lichen</c>); a query, typed in any case, splits every word, since a part that no article has
/// cannot match anyway.</para>
/// </summary>
public sealed class CompoundPartFilter(TokenStream input, GermanCompoundSplitter splitter, bool splitLowerCase) : StackingFilter(input)
{
    private readonly IFlagsAttribute _flags = input.AddAttribute<IFlagsAttribute>();

    protected override void Process()
    {
        if (Type.Type != TokenTypes.Word || Keyword.IsKeyword || Term.Length < GermanCompoundSplitter.MinWordLength ||
            (!splitLowerCase && (_flags.Flags & GermanWordTokenizer.CapitalizedFlag) == 0))
        {
            return;
        }

        var parts = splitter.Split(Term.Buffer.AsSpan(0, Term.Length));
        foreach (var part in parts.All)
        {
            Emit(part, part == parts.Head ? TokenTypes.Head : TokenTypes.Part);
        }
    }
}
