namespace Fundus.Access;

/// <summary>
/// What an API key may do; each role includes the ones below it. A reader key searches as a subscriber (for a
/// partner site or an app), an editor key also imports, corrects and deletes articles and reads the query
/// statistics, an admin key also rebuilds the index.
/// </summary>
public enum ApiKeyRole
{
    Reader = 1,
    Editor = 2,
    Admin = 3,
}
