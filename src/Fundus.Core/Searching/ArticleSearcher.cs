using Fundus.Analysis;
using Fundus.Indexing;
using Fundus.Querying;
using Fundus.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// Runs a <see cref="SearchRequest"/> against the index: parses and compiles the query, applies the filters,
/// collects the top hits of the page and the facet counts in one pass, then reads the hits' articles and
/// highlights only the page shown. When a query finds few articles it searches again more broadly; when
/// no article matches every word it answers with the best partial matches and says so; when a query finds little
/// it offers a better spelling.
/// </summary>
public sealed class ArticleSearcher(ArticleIndex index, FundusAnalyzer analyzer, ThesaurusSource thesaurus, QueryOptions options)
{
    private readonly HitHighlighter _highlighter = new(analyzer);

    /// <summary>
    /// A query is searched broadly (the head and modifiers of a compound alone, general synonyms) when its precise
    /// form finds fewer articles than this: a page of results.
    /// </summary>
    public const int BroadenBelow = 10;

    /// <summary>How many words a partial match may lack before any one word is enough (<see cref="Relaxations"/>).</summary>
    private const int MaxRelaxations = 3;

    /// <summary>A segment is scored in two halves on both cores when its scorer expects this many matches (<see cref="HalvedSearch"/>).</summary>
    internal long SplitAbove { get; set; } = HalvedSearch.DefaultSplitAbove;

    /// <summary>Searches; throws <see cref="QueryRejectedException"/> when the request is the reader's mistake.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var parsed = FundusQueryParser.Parse(request.Query);
        var hasText = parsed is not AndNode { Items.Count: 0 };
        var sort = SortFor(request.Sort, hasText);
        return index.Search(searcher =>
        {
            var scope = request.Access == ReaderAccess.Subscriber ? SearchScope.Subscriber : SearchScope.Public;
            var compiler = new QueryCompiler(analyzer, options.Synonyms ? thesaurus.Current : null, options, searcher.IndexReader, scope);
            var results = PreciseThenBroad(missing: 0);

            // Nothing has every word: first the articles that lack one word, then two, three, then any word. An article
            // with two of three words is a better partial match than one with a single common word, and there are
            // far fewer of them to score: innerhalb gespeicherte Ordner found 17,317 articles with any word at
            // 100,000 articles and 517 with two (Partial_matches_lack_as_few_words_as_any_article_does).
            // Most searches find something: only those that do not enumerate the steps.
            foreach (var missing in results.Total > 0 ? [] : Relaxations(Words(parsed)))
            {
                // Once any word was enough, a further step would run the same search again.
                if (results.Total > 0 || compiler.AnyWordEnough)
                {
                    break;
                }

                // The partial matches broaden by the same rule: a query whose words are common finds thousands of
                // articles with some of them, and scoring all those with general synonyms too cost it three times
                // as much (docs/benchmarks.md).
                results = PreciseThenBroad(missing) with { Relaxed = true };
            }

            if (hasText && (results.Total <= SpellingSuggester.FewHits || compiler.UsedFuzzy))
            {
                results = results with { DidYouMean = SpellingSuggester.Suggest(searcher.IndexReader, parsed) };
            }

            return results;

            SearchResults PreciseThenBroad(int missing)
            {
                var precise = Run(searcher, request, compiler.Compile(parsed, missing, broad: false), sort);
                return precise.Total < BroadenBelow && compiler.CanBroaden ? Run(searcher, request, compiler.Compile(parsed, missing), sort) : precise;
            }
        }) ?? SearchResults.Empty(request);
    }

    /// <summary>
    /// How many words a partial match may lack, in the order tried: one, two, three, then all but one. A query of
    /// many words that no article has runs at most four more searches, not one per word.
    /// </summary>
    internal static IEnumerable<int> Relaxations(int words) =>
        words < 2 ? [] : Enumerable.Range(1, Math.Min(MaxRelaxations, words - 1)).Append(words - 1).Distinct();

    /// <summary>How many words (or phrases, or groups) a query asks every article to have: one unless it is a conjunction.</summary>
    private static int Words(QueryNode parsed) =>
        parsed is AndNode and ? and.Items.Count(i => i is not (NotNode or DateNode)) : 1;

    private SearchResults Run(IndexSearcher searcher, SearchRequest request, Query compiled, Sort sort)
    {
        // Expand fuzzy and prefix words into index terms once: the hits, each facet count and each highlighted
        // teaser then reuse the expansion instead of building the same automata again per search and per hit
        // (a misspelled word cost 400 ms per request before; measured by bench/measure-web.sh).
        var textQuery = searcher.Rewrite(compiled);
        var prefixes = HitHighlighter.Prefixes(compiled);

        // Each word's alternatives are one disjunction tree: one flat scorer instead of a heap per level. Ranked by
        // score, a single word reads its bonus only where it could still matter for the page.
        var window = request.Page * request.Size;
        var scored = FlatDisjunctionQuery.Flatten(textQuery, sort.GetSort()[0].Type == SortFieldType.SCORE ? window : 0);
        var query = WithFilters(scored, request.Filters, request);

        // Disjunctive facets: a field with selected values is counted without its own selection, so its other
        // values keep their counts and can be added (OR); the other fields are counted over the hits.
        var selected = request.Filters.Where(f => f.Value.Count > 0).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var facetFields = request.FacetSize > 0 ? IndexFieldNames.FacetFields : [];
        var counted = facetFields.Where(f => !selected.Contains(f)).ToList();

        // Sort values are filled so the halves' top hits can be merged in sort order.
        var parts = HalvedSearch.Collect(
            searcher,
            query,
            () => (Top: TopFieldCollector.Create(sort, window, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false), Facets: new FacetCollector(counted)),
            part => MultiCollector.Wrap(part.Top, part.Facets),
            SplitAbove);
        var facets = parts[0].Facets;
        foreach (var part in parts.Skip(1))
        {
            facets.Add(part.Facets);
        }

        var counts = facets.Top(request.FacetSize);
        foreach (var field in facetFields.Where(selected.Contains))
        {
            var others = request.Filters.Where(f => f.Key != field).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            var own = new FacetCollector([field]);
            searcher.Search(WithFilters(scored, others, request), own);
            counts[field] = own.Top(request.FacetSize)[field];
        }

        var start = (request.Page - 1) * request.Size;
        var page = parts.Count == 1
            ? parts[0].Top.GetTopDocs(start, request.Size)
            : TopDocs.Merge(sort, start, request.Size, [.. parts.Select(p => p.Top.GetTopDocs(0, window))]);
        var hits = new List<SearchHit>(page.ScoreDocs.Length);
        var marks = request.Highlight && page.ScoreDocs.Length > 0 ? _highlighter.For(textQuery, prefixes, ArticleFields.Teaser) : null;
        foreach (var scoreDoc in page.ScoreDocs)
        {
            var article = IndexedArticles.Read(searcher.IndexReader, scoreDoc.Doc);
            var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
            hits.Add(new SearchHit(
                article.Id, article.Title, article.Teaser, article.Authors, article.Format, article.Places, article.Topics,
                article.Published, article.Url, score,
                marks is null ? MinimalHtmlEncoder.Instance.EncodeText(article.Teaser) : marks.Highlight(article.Teaser))
            {
                Explanation = request.Explain ? searcher.Explain(query, scoreDoc.Doc).ToString() : null,
            });
        }

        return new SearchResults(parts.Sum(p => p.Top.TotalHits), request.Page, request.Size, hits, counts);
    }

    private static Query WithFilters(Query query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, SearchRequest request)
    {
        var active = filters.Where(f => f.Value.Count > 0).ToList();
        if (active.Count == 0 && request.From is null && request.To is null)
        {
            return query;
        }

        var combined = new BooleanQuery { { query, Occur.MUST } };
        if (request.From is not null || request.To is not null)
        {
            var range = NumericRangeQuery.NewInt32Range(IndexFieldNames.PublishedDays, request.From?.DayNumber, request.To?.DayNumber, true, true);
            combined.Add(new ConstantScoreQuery(range) { Boost = 0 }, Occur.MUST);
        }

        foreach (var (field, values) in active)
        {
            if (!IndexFieldNames.FacetFields.Contains(field))
            {
                throw new QueryRejectedException($"Nach „{field}“ kann nicht gefiltert werden.");
            }

            // Values of one field combine with OR, fields with AND; filters do not change scores.
            var anyValue = new BooleanQuery();
            foreach (var value in values.Take(BooleanQuery.MaxClauseCount / 2))
            {
                anyValue.Add(new TermQuery(new Term(IndexFieldNames.Exact(field), value)), Occur.SHOULD);
            }

            combined.Add(new ConstantScoreQuery(anyValue) { Boost = 0 }, Occur.MUST);
        }

        return combined;
    }

    private static Sort SortFor(SearchSort sort, bool hasText)
    {
        var importOrder = new SortField(ArticleFields.ImportOrder, SortFieldType.INT64);
        var newest = new SortField(IndexFieldNames.PublishedDays, SortFieldType.INT64, reverse: true);
        var oldest = new SortField(IndexFieldNames.PublishedDays, SortFieldType.INT64);

        // Undated articles go last in either direction.
        oldest.SetMissingValue(long.MaxValue);
        return sort switch
        {
            SearchSort.Relevance when hasText => new Sort(SortField.FIELD_SCORE, importOrder),
            SearchSort.Oldest => new Sort(oldest, importOrder),
            _ => new Sort(newest, importOrder),
        };
    }
}
