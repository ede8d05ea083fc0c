using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// One reading of a text for <see cref="QueryMarks"/>: the text analyzed as one field, and the stretches of it
/// that match the query. Neighbouring tokens whose offsets overlap (a word and its lemma, a compound and its parts)
/// form one group, and a group with a match is marked whole, as Lucene's <see cref="Highlighter"/> groups them:
/// <c>Smart-City-Projekten</c> is marked whole when the query looks for <c>smart</c> and <c>city</c>.
/// </summary>
internal abstract class MarkReading
{
    /// <summary>Adds the matched stretches of <paramref name="text"/>; adds nothing when the analysis gives offsets beyond it.</summary>
    public abstract void Collect(string text, List<(int Start, int End)> marked);
}
