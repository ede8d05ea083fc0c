namespace Fundus.Querying;

/// <summary>
/// The user asked for something Fundus will not do (a query too long, a page too deep). The message is for the
/// person who typed it, in German; anything else that goes wrong during a search is Fundus's own fault.
/// </summary>
public sealed class QueryRejectedException : Exception
{
    public QueryRejectedException()
    {
    }

    public QueryRejectedException(string message)
        : base(message)
    {
    }

    public QueryRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
