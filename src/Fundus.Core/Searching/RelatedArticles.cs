using Fundus.Analysis;
using Fundus.Indexing;
using Fundus.Storage;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// "Ähnliche Artikel": the articles whose text shares the most distinctive terms with a given one (Lucene's
/// MoreLikeThis over the German terms of title, teaser and the whole text), the article itself left out. The text of the
/// given article comes from <paramref name="publicText"/> (the store): the index keeps no bodies.
/// </summary>
public sealed class RelatedArticles(ArticleIndex index, FundusAnalyzer analyzer, Func<string, Article?> publicText)
{
    /// <summary>Up to <paramref name="size"/> related articles, best first; null when the id is unknown.</summary>
    public IReadOnlyList<Article>? For(string id, int size = 5) => index.Search(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (hits.TotalHits == 0)
        {
            return null;
        }

        var like = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer.German,
            FieldNames = [ArticleFields.Teaser, ArticleFields.Title, IndexFieldNames.Text],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 25,
        };
        if (publicText(id) is not { } article)
        {
            return null;
        }

        var text = string.Join("\n", new[] { article.Title, article.Teaser, article.Body }.Where(t => t is not null));
        var query = new BooleanQuery
        {
            { like.Like(new StringReader(text), ArticleFields.Teaser), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.Id, id)), Occur.MUST_NOT },
        };
        return searcher.Search(query, size).ScoreDocs
            .Select(d => IndexedArticles.Read(searcher.IndexReader, d.Doc))
            .ToList();
    });
}
