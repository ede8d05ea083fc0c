namespace Fundus;

/// <summary>
/// What a reader may see. Everyone sees public articles and the teaser, title and metadata of subscriber
/// articles; a subscriber (a valid subscriber token, or an API key with the reader role) also sees and searches
/// their bodies.
/// </summary>
public enum ReaderAccess
{
    Public,
    Subscriber,
}
