using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fundus.Access;

/// <summary>
/// The proof of a subscription that the publisher's site hands to its readers, checked by Fundus with a secret
/// both share (configuration <c>Fundus:SubscriberSecret</c> or <c>FUNDUS_SUBSCRIBER_SECRET</c>). Format:
/// <code>v1.{expiry}.{subscriber}.{signature}</code>
/// <c>expiry</c> is Unix seconds (UTC); <c>subscriber</c> is the publisher's id of the reader, base64url (Fundus
/// keeps it nowhere); <c>signature</c> is base64url of HMAC-SHA256(secret, <c>"v1.{expiry}.{subscriber}"</c>).
/// A token is valid until its expiry; there is no revocation list, so sites should issue short-lived tokens
/// (minutes to hours). <c>docs/reliability.md</c> shows how to make one in a shell.
/// </summary>
public static class SubscriberToken
{
    public const string Version = "v1";

    /// <summary>Secrets shorter than this are refused at start: a short secret can be guessed offline.</summary>
    public const int MinSecretLength = 32;

    public static string Issue(string secret, string subscriber, DateTimeOffset expires)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"{Version}.{expires.ToUnixTimeSeconds()}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(subscriber))}");
        return payload + "." + Base64Url.EncodeToString(Sign(secret, payload));
    }

    /// <summary>True when the token is well-formed, signed with <paramref name="secret"/> and not expired at <paramref name="now"/>.</summary>
    public static bool IsValid(string? token, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 512 || !token.StartsWith(Version + ".", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = token.Split('.');
        if (parts.Length != 4 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return false;
        }

        if (!Base64Url.IsValid(parts[3]))
        {
            return false;
        }

        var signature = Base64Url.DecodeFromChars(parts[3]);
        var expected = Sign(secret, $"{parts[0]}.{parts[1]}.{parts[2]}");
        return CryptographicOperations.FixedTimeEquals(signature, expected) && now.ToUnixTimeSeconds() < expiry;
    }

    private static byte[] Sign(string secret, string payload) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload));
}
