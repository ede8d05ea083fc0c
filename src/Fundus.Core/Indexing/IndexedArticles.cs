using Fundus.Storage;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Fundus.Indexing;

/// <summary>Reads the article a hit shows from the index (<see cref="IndexFieldNames.StoredArticle"/>).</summary>
public static class IndexedArticles
{
    /// <summary>The indexed article (without its body) of document <paramref name="doc"/> of <paramref name="reader"/>.</summary>
    public static Article Read(IndexReader reader, int doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(IndexFieldNames.StoredArticle)
            ?? throw new InvalidOperationException("The index holds no articles to show.");
        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return ArticleJson.Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }
}
