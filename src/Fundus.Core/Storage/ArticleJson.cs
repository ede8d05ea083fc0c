using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fundus.Storage;

/// <summary>
/// The JSON form of an article, as the store keeps it and as JSON Lines imports and the API speak it:
/// camelCase model field names, dates as <c>yyyy-MM-dd</c>, access as <c>public</c>/<c>subscriber</c>.
/// </summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Article article) => JsonSerializer.Serialize(article, Options);

    /// <summary>The article as UTF-8 JSON, as the index keeps it.</summary>
    public static byte[] SerializeToUtf8Bytes(Article article) => JsonSerializer.SerializeToUtf8Bytes(article, Options);

    public static Article Deserialize(string json) =>
        JsonSerializer.Deserialize<Article>(json, Options) ?? throw new JsonException("null article");

    /// <summary>Reads the article from its UTF-8 JSON, as the index keeps it.</summary>
    public static Article Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<Article>(utf8Json, Options) ?? throw new JsonException("null article");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Umlauts stay readable in the database and in API answers.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
