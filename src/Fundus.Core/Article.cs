namespace Fundus;

/// <summary>Who may read an article's body.</summary>
public enum ArticleAccess
{
    /// <summary>Everybody.</summary>
    Public,

    /// <summary>Subscribers only; the teaser stays public.</summary>
    Subscriber,
}

/// <summary>
/// One article of the archive, as the store keeps it. Only <see cref="Id"/> and <see cref="Teaser"/> are required:
/// Fundus never invents what a source lacks (the seed has no titles and no dates).
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public required string Teaser { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Format { get; init; }

    public DateOnly? Published { get; init; }

    public IReadOnlyList<string> Places { get; init; } = [];

    public IReadOnlyList<string> Organizations { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public string? Url { get; init; }

    public ArticleAccess Access { get; init; } = ArticleAccess.Public;

    /// <summary>Which file or feed the article came from, e.g. <c>seed.txt:2</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The article as any reader may see it: without the body when it is for subscribers.</summary>
    public Article PublicView() => Access == ArticleAccess.Subscriber && Body is not null ? this with { Body = null } : this;
}
