namespace Fundus.Indexing;

/// <summary>
/// The index on disk was built with other fields than this version of Fundus writes and searches
/// (<see cref="IndexFieldNames.Schema"/>). Not damage: the store is intact and the index is rebuilt from it.
/// </summary>
public sealed class IndexSchemaException(string message) : IOException(message);
