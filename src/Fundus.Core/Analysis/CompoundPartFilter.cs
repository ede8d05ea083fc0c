using Lucene.Net.Analysis;

namespace Fundus.Analysis;

/// <summary>
/// Keeps a closed compound and stacks its parts on it (<see cref="TokenTypes.Part"/>), so a part finds the whole
/// and the whole finds its parts: <c>Verwaltungsdigitalisierung → verwaltungsdigitalisierung (+ verwaltung, digitalisierung)</c>.
/// Parts carry the whole word's offsets, so highlighting marks the compound. Expects lower-case input.
/// </summary>
public sealed class CompoundPartFilter(TokenStream input, GermanCompoundSplitter splitter) : StackingFilter(input)
{
    protected override void Process()
    {
        if (Type.Type != TokenTypes.Word || Keyword.IsKeyword || Term.Length < GermanCompoundSplitter.MinWordLength)
        {
            return;
        }

        foreach (var part in splitter.Split(Term.ToString()))
        {
            Emit(part, TokenTypes.Part);
        }
    }
}
