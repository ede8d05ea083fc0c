using Fundus.Analysis;

namespace Fundus.Querying;

/// <summary>
/// The thesaurus a search uses: the built-in one, plus the editors' entries in <c>thesaurus.txt</c> in the data
/// directory (format in the built-in file's header). The file is read again when it changes, checked at most
/// once a second, so an edit takes effect for the next searches without a restart or reindex.
/// </summary>
public sealed class ThesaurusSource(string dataDirectory, GermanLexicon lexicon, bool stemming)
{
    public const string FileName = "thesaurus.txt";

    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Thesaurus? _current;
    private DateTime _loadedStamp = DateTime.MinValue;
    private DateTime _nextCheck = DateTime.MinValue;

    public string Path { get; } = System.IO.Path.Combine(dataDirectory, FileName);

    public Thesaurus Current
    {
        get
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                if (_current is not null && now < _nextCheck)
                {
                    return _current;
                }

                _nextCheck = now + CheckInterval;
                var stamp = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;
                if (_current is null || stamp != _loadedStamp)
                {
                    _current = stamp == DateTime.MinValue
                        ? Thesaurus.BuiltInFor(lexicon, stemming)
                        : Thesaurus.Load(lexicon, stemming, File.ReadAllLines(Path));
                    _loadedStamp = stamp;
                }

                return _current;
            }
        }
    }
}
