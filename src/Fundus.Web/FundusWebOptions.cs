namespace Fundus.Web;

/// <summary>
/// Settings of the web host, with defaults for one 2-core machine. Configuration keys under <c>Fundus:</c>
/// (appsettings, environment <c>Fundus__MaxConcurrentRequests</c>, …) override them; the subscriber secret may also
/// come from <c>FUNDUS_SUBSCRIBER_SECRET</c>.
/// </summary>
public sealed record FundusWebOptions
{
    /// <summary>Requests worked on at once: two per core. A search keeps a core busy, so more only makes each one slower.</summary>
    public int MaxConcurrentRequests { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests that may wait for a slot; beyond that Fundus answers 429 at once rather than queue without bound.</summary>
    public int RequestQueueLimit { get; init; } = 64;

    /// <summary>Articles in one <c>POST /api/articles</c>.</summary>
    public int MaxBatchSize { get; init; } = 1_000;

    /// <summary>Bytes of one request body (a batch of 1,000 long articles fits).</summary>
    public long MaxRequestBodyBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The secret shared with the publisher's site for subscriber tokens; null: no subscriber tokens accepted.</summary>
    public string? SubscriberSecret { get; init; }
}
