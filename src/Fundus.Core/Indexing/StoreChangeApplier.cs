using Fundus.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Indexing;

/// <summary>
/// Applies the store's changes to an index writer: an article is analyzed, enriched and added or replaced, a
/// deletion removes it, on both cores. <see cref="ArticleIndex"/> decides when, and commits.
/// </summary>
internal sealed class StoreChangeApplier(IArticleStore store, Func<Article, Article> enrich)
{
    /// <summary>How many store changes are read and applied at a time.</summary>
    public int BatchSize { get; set; } = 2_000;

    /// <summary>Applies every change after the generation's sequence, in batches, and advances its sequence.</summary>
    public int ApplyAll(IndexGeneration generation)
    {
        var writer = generation.Writer!;

        // Into an index that holds no document yet, an article is added without looking for an earlier version of
        // it: an update leaves a delete term per article that every flush resolves against every segment. That is
        // safe for the changes up to the store's sequence at the start of this pass: a write during the pass moves
        // its article's row above that sequence, so below it every id is read once. Above it, an article may be
        // one this pass has added already, and it is updated
        // (An_article_changed_while_the_index_is_rebuilt_is_indexed_once).
        var addUpTo = writer.MaxDoc == 0 ? store.LastSequence() : generation.Sequence;
        var applied = 0;
        while (true)
        {
            var changes = store.ChangesSince(generation.Sequence, BatchSize);
            if (changes.Count == 0)
            {
                return applied;
            }

            ApplyBatch(writer, changes, addUpTo);
            applied += changes.Count;
            generation.Sequence = changes[^1].Sequence;
        }
    }

    private void ApplyBatch(IndexWriter writer, IReadOnlyList<StoreChange> changes, long addUpTo)
    {
        // IndexWriter takes documents from several threads at once; analysis is the cost, so use both cores.
        // A batch holds each id at most once (the store keeps the latest state per id), so order does not matter.
        Parallel.ForEach(changes, change =>
        {
            var isNew = change.Sequence <= addUpTo;
            var id = new Term(ArticleFields.Id, change.Id);
            if (change.Article is null)
            {
                if (!isNew)
                {
                    writer.DeleteDocuments(id);
                }
            }
            else if (isNew)
            {
                writer.AddDocument(ArticleDocumentBuilder.Build(enrich(change.Article), change.CreatedSequence, change.ContentHash));
            }
            else
            {
                writer.UpdateDocument(id, ArticleDocumentBuilder.Build(enrich(change.Article), change.CreatedSequence, change.ContentHash));
            }
        });
    }

    /// <summary>
    /// Applies a made-up article and a deletion to a scratch index in memory, searches it and commits it, as a
    /// write is applied to the index, so that the code of that path is compiled before a write needs it
    /// (<see cref="FundusEngine.WarmUp"/>). Neither the store nor the index changes.
    /// </summary>
    public void WarmUp(Analyzer analyzer)
    {
        using var scratch = IndexGeneration.OpenScratch(analyzer);
        var sample = new Article
        {
            Id = "warm-up",
            Title = "Verwaltungsdigitalisierung in Köln",
            Teaser = "Die Bürger:innen erproben Smart-City-Projekte, sagt die Digitalbeauftragte Anna Schmidt im Interview.",
            Body = "Das Onlinezugangsgesetz (OZG) verpflichtet Bund, Länder und Kommunen, ihre Verwaltungsleistungen digital anzubieten.",
        };
        ApplyBatch(scratch.Writer!, [new StoreChange(2, sample.Id, sample, 1), new StoreChange(3, "warm-up-deleted", null, 1)], addUpTo: 0);
        scratch.Searchers.MaybeRefreshBlocking();
        var searcher = scratch.Searchers.Acquire();
        try
        {
            searcher.Search(new TermQuery(new Term(ArticleFields.Id, sample.Id)), 1);
        }
        finally
        {
            scratch.Searchers.Release(searcher);
        }

        IndexGeneration.Commit(scratch.Writer!, 3);
    }
}
