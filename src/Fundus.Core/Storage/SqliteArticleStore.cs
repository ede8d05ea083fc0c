using Microsoft.Data.Sqlite;

namespace Fundus.Storage;

/// <summary>
/// The default store: one SQLite file in the data directory, in WAL mode with <c>synchronous=FULL</c>, so a write
/// that <see cref="Upsert"/> returned from survives a crash or power loss. Deleted articles stay as tombstones
/// (row with <c>deleted = 1</c>) so that an index following the change sequence learns about the deletion.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    public const string FileName = "fundus.db";

    private const int SchemaVersion = 1;

    /// <summary>SQLITE_FULL: the disk or the size limit is reached.</summary>
    private const int SqliteFull = 13;

    private readonly SqliteConnection _connection;

    // Microsoft.Data.Sqlite connections are not thread-safe; the web host calls in from many requests.
    private readonly Lock _gate = new();

    public SqliteArticleStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _connection = Connect(path);
        Execute("PRAGMA journal_mode = WAL;");
        Execute("PRAGMA synchronous = FULL;");
        Execute("PRAGMA foreign_keys = ON;");
        CreateSchema();
    }

    /// <summary>
    /// An open connection to the data directory's database, as the store, the API keys and the query statistics
    /// use it: another process (an import while the server runs) may hold the write lock for a moment, so wait.
    /// </summary>
    internal static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var wait = connection.CreateCommand();
        wait.CommandText = "PRAGMA busy_timeout = 30000;";
        wait.ExecuteNonQuery();
        return connection;
    }

    /// <summary>The database file of a data directory.</summary>
    internal static string PathIn(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return Path.Combine(dataDirectory, FileName);
    }

    public static SqliteArticleStore OpenIn(string dataDirectory) => new(PathIn(dataDirectory));

    public IReadOnlyList<UpsertOutcome> Upsert(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        try
        {
            return UpsertOrThrow(articles);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteFull)
        {
            throw new StoreFullException(e);
        }
    }

    /// <summary>Caps the database at a number of pages, as a full disk would: for tests of what a full disk does.</summary>
    internal void LimitPages(long pages)
    {
        lock (_gate)
        {
            Execute($"PRAGMA max_page_count = {pages.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
        }
    }

    /// <summary>The number of pages the database has now.</summary>
    internal long PageCount()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA page_count;";
            return (long)command.ExecuteScalar()!;
        }
    }

    private IReadOnlyList<UpsertOutcome> UpsertOrThrow(IReadOnlyList<Article> articles)
    {
        var outcomes = new List<UpsertOutcome>(articles.Count);

        // Hashing and serializing are a third of a batch's time and need neither the lock nor the connection: every
        // core does them first, and the transaction only writes (docs/benchmarks.md, tenth round).
        var hashes = new string[articles.Count];
        var documents = new string[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            hashes[i] = ArticleIdentity.ContentHash(articles[i]);
            documents[i] = ArticleJson.Serialize(articles[i]);
        });

        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var sequence = ReadLastSequence(transaction);
            using var find = Command("SELECT content_hash, deleted, created_seq FROM articles WHERE id = $id", transaction);
            var findId = find.Parameters.Add("$id", SqliteType.Text);
            using var write = Command(
                """
                INSERT INTO articles (id, seq, created_seq, deleted, content_hash, doc)
                VALUES ($id, $seq, $created, 0, $hash, $doc)
                ON CONFLICT (id) DO UPDATE SET
                  seq = excluded.seq, deleted = 0, content_hash = excluded.content_hash, doc = excluded.doc,
                  created_seq = excluded.created_seq
                """,
                transaction);
            var pId = write.Parameters.Add("$id", SqliteType.Text);
            var pSeq = write.Parameters.Add("$seq", SqliteType.Integer);
            var pCreated = write.Parameters.Add("$created", SqliteType.Integer);
            var pHash = write.Parameters.Add("$hash", SqliteType.Text);
            var pDoc = write.Parameters.Add("$doc", SqliteType.Text);

            for (var i = 0; i < articles.Count; i++)
            {
                var article = articles[i];
                var hash = hashes[i];
                findId.Value = article.Id;
                string? storedHash = null;
                var wasDeleted = false;
                long createdSequence = 0;
                using (var reader = find.ExecuteReader())
                {
                    if (reader.Read())
                    {
                        storedHash = reader.GetString(0);
                        wasDeleted = reader.GetInt64(1) != 0;
                        createdSequence = reader.GetInt64(2);
                    }
                }

                if (storedHash == hash && !wasDeleted)
                {
                    outcomes.Add(new UpsertOutcome(article.Id, UpsertKind.Unchanged, 0));
                    continue;
                }

                sequence++;
                var isNew = storedHash is null || wasDeleted;
                pId.Value = article.Id;
                pSeq.Value = sequence;
                pCreated.Value = isNew ? sequence : createdSequence;
                pHash.Value = hash;
                pDoc.Value = documents[i];
                write.ExecuteNonQuery();
                outcomes.Add(new UpsertOutcome(article.Id, isNew ? UpsertKind.Created : UpsertKind.Updated, sequence));
            }

            WriteLastSequence(sequence, transaction);
            transaction.Commit();
        }

        if (outcomes.Any(o => o.Kind != UpsertKind.Unchanged))
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }

        return outcomes;
    }

    public event EventHandler? Changed;

    public bool Delete(string id)
    {
        var deleted = DeleteDurably(id);
        if (deleted)
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }

        return deleted;
    }

    private bool DeleteDurably(string id)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var sequence = ReadLastSequence(transaction) + 1;
            using var delete = Command(
                "UPDATE articles SET deleted = 1, seq = $seq, doc = '', content_hash = '' WHERE id = $id AND deleted = 0",
                transaction);
            delete.Parameters.AddWithValue("$seq", sequence);
            delete.Parameters.AddWithValue("$id", id);
            if (delete.ExecuteNonQuery() == 0)
            {
                return false;
            }

            WriteLastSequence(sequence, transaction);
            transaction.Commit();
            return true;
        }
    }

    public Article? Get(string id)
    {
        lock (_gate)
        {
            using var command = Command("SELECT doc FROM articles WHERE id = $id AND deleted = 0");
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteScalar() is string json ? ArticleJson.Deserialize(json) : null;
        }
    }

    /// <summary>
    /// Counts live articles on the index <c>articles_live</c> (a few bytes per article) rather than the table, whose
    /// rows hold the articles' text: the table scan read the whole store, 300 MB at 100,000 articles, and the server
    /// counts at every start (<c>Counting_live_articles_reads_an_index_rather_than_the_articles</c>).
    /// </summary>
    internal const string CountLiveSql = "SELECT COUNT(*) FROM articles WHERE deleted = 0";

    public long Count()
    {
        lock (_gate)
        {
            using var command = Command(CountLiveSql);
            return (long)command.ExecuteScalar()!;
        }
    }

    public long LastSequence()
    {
        lock (_gate)
        {
            return ReadLastSequence(null);
        }
    }

    public IReadOnlyList<StoreChange> ChangesSince(long afterSequence, int limit)
    {
        lock (_gate)
        {
            using var command = Command(
                "SELECT seq, id, deleted, doc, created_seq, content_hash FROM articles WHERE seq > $after ORDER BY seq LIMIT $limit");
            command.Parameters.AddWithValue("$after", afterSequence);
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var changes = new List<StoreChange>();
            while (reader.Read())
            {
                var deleted = reader.GetInt64(2) != 0;
                var article = deleted ? null : ArticleJson.Deserialize(reader.GetString(3));
                changes.Add(new StoreChange(reader.GetInt64(0), reader.GetString(1), article, reader.GetInt64(4)) { ContentHash = reader.GetString(5) });
            }

            return changes;
        }
    }

    public string CheckIntegrity()
    {
        lock (_gate)
        {
            using var command = Command("PRAGMA integrity_check");
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join("; ", lines);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private void CreateSchema()
    {
        Execute(
            $"""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
            INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', {SchemaVersion}), ('last_seq', 0);
            CREATE TABLE IF NOT EXISTS articles (
              id TEXT PRIMARY KEY,
              seq INTEGER NOT NULL UNIQUE,
              created_seq INTEGER NOT NULL,
              deleted INTEGER NOT NULL DEFAULT 0,
              content_hash TEXT NOT NULL,
              doc TEXT NOT NULL
            ) STRICT;
            -- Lets CountLiveSql count without reading the articles; a store of an earlier Fundus gets it when opened.
            CREATE INDEX IF NOT EXISTS articles_live ON articles (deleted);
            """);
        using var version = Command("SELECT value FROM meta WHERE key = 'schema_version'");
        var found = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (found > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The store {_connection.DataSource} was written by a newer Fundus (schema {found}; this one knows {SchemaVersion}).");
        }
    }

    private long ReadLastSequence(SqliteTransaction? transaction)
    {
        using var command = Command("SELECT value FROM meta WHERE key = 'last_seq'", transaction);
        return (long)command.ExecuteScalar()!;
    }

    private void WriteLastSequence(long sequence, SqliteTransaction transaction)
    {
        using var command = Command("UPDATE meta SET value = $seq WHERE key = 'last_seq'", transaction);
        command.Parameters.AddWithValue("$seq", sequence);
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
