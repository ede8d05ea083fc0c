using Fundus.Importing;

namespace Fundus.Bench;

/// <summary>Reads the first articles of a benchmark corpus (JSON Lines, as made by make_corpus.py).</summary>
internal static class CorpusReader
{
    public static List<Article> Read(string path, int count)
    {
        var (reader, _) = TextFileDecoder.Open(path);
        using (reader)
        {
            var articles = new JsonLinesReader().Read(reader, Path.GetFileName(path))
                .Where(r => r.Article is not null)
                .Select(r => r.Article!)
                .Take(count)
                .ToList();
            if (articles.Count < count)
            {
                throw new InvalidOperationException($"{path} holds {articles.Count} articles, fewer than the {count} asked for.");
            }

            return articles;
        }
    }
}
