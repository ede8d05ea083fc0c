using Fundus.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Fundus.Searching;

/// <summary>One suggestion while typing: a value and the facet it belongs to.</summary>
public sealed record Suggestion(string Value, string Field, int Articles);

/// <summary>
/// Suggestions while typing, from the metadata readers search by: titles, authors, places, topics, organizations
/// and formats whose name has a word starting with what was typed (<c>gin</c> → Beate Ginzel). Only metadata, which is
/// public for every article, never the text of an article a reader may not see.
/// </summary>
public sealed class Suggestions(ArticleIndex index)
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    private static readonly string[] Fields = [ArticleFields.Authors, ArticleFields.Places, ArticleFields.Topics, ArticleFields.Organizations, ArticleFields.Format, ArticleFields.Title];

    public IReadOnlyList<Suggestion> For(string? typed, int size = 8)
    {
        var text = typed?.Trim() ?? string.Empty;
        if (text.Length < MinLength || text.Length > MaxLength)
        {
            return [];
        }

        return index.Search(searcher =>
        {
            var found = new List<Suggestion>();
            foreach (var field in Fields)
            {
                var terms = MultiFields.GetTerms(searcher.IndexReader, IndexFieldNames.Exact(field));
                if (terms is null)
                {
                    continue;
                }

                var values = terms.GetEnumerator();
                while (values.MoveNext())
                {
                    var value = values.Term.Utf8ToString();
                    if (StartsAWord(value, text))
                    {
                        found.Add(new Suggestion(value, field, values.DocFreq));
                    }
                }
            }

            return (IReadOnlyList<Suggestion>)found.OrderByDescending(s => s.Articles).ThenBy(s => s.Value, StringComparer.Ordinal).Take(size).ToList();
        }) ?? [];
    }

    private static bool StartsAWord(string value, string typed)
    {
        for (var at = value.IndexOf(typed, StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf(typed, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetterOrDigit(value[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
