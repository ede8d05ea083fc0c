using System.Security.Cryptography;
using System.Text;

namespace Fundus.Storage;

/// <summary>
/// Stable ids for articles whose source has none, and content hashes that tell a real update from a re-import.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>
    /// Derives an id from the article's own words (title and teaser, whitespace folded), so the same teaser
    /// imported from any file gets the same id and re-importing creates no duplicate.
    /// </summary>
    public static string DeriveId(string? title, string teaser)
    {
        var text = FoldWhitespace(title ?? string.Empty) + "\n" + FoldWhitespace(teaser);
        return "a" + Hex(text)[..15];
    }

    /// <summary>A hash of everything an article says, except where it was imported from.</summary>
    public static string ContentHash(Article article) => Hex(ArticleJson.Serialize(article with { Source = null }));

    private static string Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string FoldWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
