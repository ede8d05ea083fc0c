using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fundus.Storage;
using Microsoft.Data.Sqlite;

namespace Fundus.Access;

/// <summary>One key as listed: never the key itself, which is shown once when it is created.</summary>
public sealed record ApiKeyInfo(string Name, ApiKeyRole Role, DateTimeOffset Created, DateTimeOffset? Revoked);

/// <summary>
/// API keys in the data directory's database (table <c>api_keys</c>). A key is 32 random bytes, shown once as
/// <c>fk_…</c>; only its SHA-256 is stored, so a copy of the database lets nobody in. A key is high-entropy, so a
/// plain hash is enough (no password stretching). Revoked keys stay listed with the time of revocation.
/// </summary>
public sealed class ApiKeyStore : IDisposable
{
    public const string Prefix = "fk_";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private ApiKeyStore(string databasePath)
    {
        _connection = SqliteArticleStore.Connect(databasePath);
        Execute(
            """
            CREATE TABLE IF NOT EXISTS api_keys (
              name TEXT PRIMARY KEY,
              role INTEGER NOT NULL,
              key_hash TEXT NOT NULL UNIQUE,
              created TEXT NOT NULL,
              revoked TEXT NULL
            );
            """);
    }

    public static ApiKeyStore OpenIn(string dataDirectory) => new(SqliteArticleStore.PathIn(dataDirectory));

    /// <summary>Creates a key and returns it: the only time it is seen. Throws if the name is taken.</summary>
    public string Create(string name, ApiKeyRole role)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new ArgumentException("A key needs a name of 1 to 100 characters.", nameof(name));
        }

        var key = Prefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT INTO api_keys (name, role, key_hash, created) VALUES ($name, $role, $hash, $created)";
            command.Parameters.AddWithValue("$name", name.Trim());
            command.Parameters.AddWithValue("$role", (int)role);
            command.Parameters.AddWithValue("$hash", Hash(key));
            command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19)
            {
                throw new InvalidOperationException($"A key named '{name.Trim()}' exists already; revoke it or choose another name.", e);
            }
        }

        return key;
    }

    public IReadOnlyList<ApiKeyInfo> List()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT name, role, created, revoked FROM api_keys ORDER BY name";
            using var reader = command.ExecuteReader();
            var keys = new List<ApiKeyInfo>();
            while (reader.Read())
            {
                keys.Add(new ApiKeyInfo(
                    reader.GetString(0),
                    (ApiKeyRole)reader.GetInt32(1),
                    DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
                    reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)));
            }

            return keys;
        }
    }

    /// <summary>Revokes a key by name at once; false if there is no live key of that name.</summary>
    public bool Revoke(string name)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "UPDATE api_keys SET revoked = $now WHERE name = $name AND revoked IS NULL";
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            return command.ExecuteNonQuery() == 1;
        }
    }

    /// <summary>The name and role of a live key; null for an unknown, malformed or revoked one.</summary>
    public (string Name, ApiKeyRole Role)? Verify(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }

        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT name, role FROM api_keys WHERE key_hash = $hash AND revoked IS NULL";
            command.Parameters.AddWithValue("$hash", Hash(key));
            using var reader = command.ExecuteReader();
            return reader.Read() ? (reader.GetString(0), (ApiKeyRole)reader.GetInt32(1)) : null;
        }
    }

    public void Dispose() => _connection.Dispose();

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
