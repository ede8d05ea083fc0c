using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Fundus.Storage;

/// <summary>A query and how often it was searched, and how often it found nothing, over the days asked for.</summary>
public sealed record QueryCount(string Query, long Searches, long ZeroHits);

/// <summary>
/// What readers search for, for editors: counts per query text and day, nothing else. No IP address, no user, key
/// or token, no time of day, no filters, no access level; a query is stored lower-cased with its spaces collapsed,
/// at most 200 characters. Counts gather in memory and are added to the table <c>query_stats</c> of the data
/// directory's database on <see cref="Flush"/>; days older than the retention are deleted then.
/// </summary>
public sealed class QueryLog : IDisposable
{
    public const int MaxQueryLength = 200;

    private readonly SqliteConnection _connection;
    private readonly int _retentionDays;
    private readonly Func<DateOnly> _today;
    private readonly Lock _gate = new();
    private ConcurrentDictionary<(DateOnly Day, string Query), Counter> _pending = new();

    public QueryLog(string dataDirectory, int retentionDays, Func<DateOnly>? today = null)
    {
        _retentionDays = retentionDays;
        _today = today ?? (() => DateOnly.FromDateTime(DateTime.UtcNow));
        _connection = SqliteArticleStore.Connect(SqliteArticleStore.PathIn(dataDirectory));
        using var create = _connection.CreateCommand();
        create.CommandText =
            """
            CREATE TABLE IF NOT EXISTS query_stats (
              day TEXT NOT NULL, query TEXT NOT NULL, searches INTEGER NOT NULL, zero_hits INTEGER NOT NULL,
              PRIMARY KEY (day, query)
            );
            """;
        create.ExecuteNonQuery();
    }

    /// <summary>Counts one search; empty queries (browsing by filters) and a retention of 0 count nothing.</summary>
    public void Record(string? query, long total)
    {
        var normalized = Normalize(query);
        if (normalized.Length == 0 || _retentionDays <= 0)
        {
            return;
        }

        var counter = _pending.GetOrAdd((_today(), normalized), _ => new Counter());
        Interlocked.Increment(ref counter.Searches);
        if (total == 0)
        {
            Interlocked.Increment(ref counter.ZeroHits);
        }
    }

    /// <summary>Adds the counts gathered so far to the database and deletes days beyond the retention.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<(DateOnly Day, string Query), Counter>());
            using var transaction = _connection.BeginTransaction();
            using var add = _connection.CreateCommand();
            add.Transaction = transaction;
            add.CommandText =
                """
                INSERT INTO query_stats (day, query, searches, zero_hits) VALUES ($day, $query, $searches, $zero)
                ON CONFLICT (day, query) DO UPDATE SET searches = searches + excluded.searches, zero_hits = zero_hits + excluded.zero_hits
                """;
            var day = add.Parameters.Add("$day", SqliteType.Text);
            var text = add.Parameters.Add("$query", SqliteType.Text);
            var searches = add.Parameters.Add("$searches", SqliteType.Integer);
            var zero = add.Parameters.Add("$zero", SqliteType.Integer);
            foreach (var ((date, query), counter) in batch)
            {
                day.Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                text.Value = query;
                searches.Value = counter.Searches;
                zero.Value = counter.ZeroHits;
                add.ExecuteNonQuery();
            }

            using var purge = _connection.CreateCommand();
            purge.Transaction = transaction;
            purge.CommandText = "DELETE FROM query_stats WHERE day < $oldest";
            purge.Parameters.AddWithValue("$oldest", _today().AddDays(-Math.Max(0, _retentionDays - 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            purge.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>The most searched queries of the last <paramref name="days"/> days.</summary>
    public IReadOnlyList<QueryCount> Top(int days, int size) => Read(days, size, "searches DESC");

    /// <summary>The queries of the last <paramref name="days"/> days that found nothing, most frequent first.</summary>
    public IReadOnlyList<QueryCount> ZeroResults(int days, int size) => Read(days, size, "zero_hits DESC", "HAVING SUM(zero_hits) > 0");

    public void Dispose()
    {
        Flush();
        _connection.Dispose();
    }

    private IReadOnlyList<QueryCount> Read(int days, int size, string order, string having = "")
    {
        Flush();
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText =
                $"""
                SELECT query, SUM(searches) AS searches, SUM(zero_hits) AS zero_hits FROM query_stats
                WHERE day >= $oldest GROUP BY query {having} ORDER BY {order}, query LIMIT $size
                """;
            command.Parameters.AddWithValue("$oldest", _today().AddDays(-Math.Max(0, days - 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$size", Math.Clamp(size, 1, 1000));
            using var reader = command.ExecuteReader();
            var counts = new List<QueryCount>();
            while (reader.Read())
            {
                counts.Add(new QueryCount(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
            }

            return counts;
        }
    }

    private static string Normalize(string? query)
    {
        var words = (query ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words).ToLowerInvariant();
        return text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
    }

    private sealed class Counter
    {
        public long Searches;
        public long ZeroHits;
    }
}
