using Fundus.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Fundus.Tests.Querying;

public sealed class TermLookupTests
{
    [Theory]
    [InlineData("verwaltung")]
    [InlineData("digitalisierung")]
    [InlineData("kommune")]
    [InlineData("fehlt")]
    public void A_term_query_with_looked_up_states_scores_as_a_plain_one(string word)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Three segments, each word in some of them only.
            string[][] segments =
            [
                ["verwaltung digitalisierung", "verwaltung verwaltung kommune", "stadt"],
                ["digitalisierung", "stadt land"],
                ["kommune verwaltung", "verwaltung", "digitalisierung der verwaltung", "land"],
            ];
            foreach (var texts in segments)
            {
                foreach (var text in texts)
                {
                    writer.AddDocument([new TextField("text", text, Field.Store.NO)]);
                }

                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var term = new Term("text", word);
        var lookup = new TermLookup(reader);

        var looked = searcher.Search(lookup.Query(term), 10).ScoreDocs;
        var plain = searcher.Search(new TermQuery(term), 10).ScoreDocs;

        Assert.Equal(3, reader.Leaves.Count);
        Assert.Equal(reader.DocFreq(term), lookup.DocFreq(term));
        Assert.Equal(plain.Select(d => (d.Doc, d.Score)), looked.Select(d => (d.Doc, d.Score)));
    }
}
