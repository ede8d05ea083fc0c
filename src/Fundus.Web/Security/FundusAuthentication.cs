using System.Security.Claims;
using System.Text.Encodings.Web;
using Fundus.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Fundus.Web.Security;

/// <summary>
/// Who is asking, from <c>Authorization: Bearer …</c>: an API key (<c>fk_…</c>, checked against the hashed keys
/// of <see cref="ApiKeyStore"/>) gives its role and every role below it; a subscriber token (<c>v1.…</c>, see
/// <see cref="SubscriberToken"/>) gives subscriber access. The page also accepts the token in the cookie
/// <c>fundus_abo</c>, as the publisher's site sets it. No credentials: an anonymous reader. Wrong credentials on
/// a route that needs a role: 401; a role too low: 403; both as problem+json.
/// </summary>
internal sealed class FundusAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggers,
    UrlEncoder encoder,
    ApiKeyStore keys,
    FundusWebOptions web)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggers, encoder)
{
    public const string SchemeName = "Fundus";
    public const string SubscriberCookie = "fundus_abo";
    public const string AccessClaim = "fundus:access";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var credential = header["Bearer ".Length..].Trim();
            if (credential.StartsWith(ApiKeyStore.Prefix, StringComparison.Ordinal))
            {
                return Task.FromResult(keys.Verify(credential) is { } key
                    ? Success(key.Name, key.Role)
                    : AuthenticateResult.Fail("Unbekannter oder widerrufener API-Schlüssel."));
            }

            return Task.FromResult(IsSubscriber(credential)
                ? Success("subscriber", role: null)
                : AuthenticateResult.Fail("Ungültiger oder abgelaufener Abo-Nachweis."));
        }

        // A stale cookie must not lock a reader out of the public search: without a valid one, they are anonymous.
        return Task.FromResult(IsSubscriber(Request.Cookies[SubscriberCookie]) ? Success("subscriber", role: null) : AuthenticateResult.NoResult());
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, "Anmeldung nötig", "Diese Anfrage braucht einen API-Schlüssel: Authorization: Bearer fk_…");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "Nicht erlaubt", "Die Rolle dieses API-Schlüssels reicht für diese Anfrage nicht aus.");

    private Task Problem(int status, string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(Context);

    private bool IsSubscriber(string? token) =>
        web.SubscriberSecret is { } secret && SubscriberToken.IsValid(token, secret, TimeProvider.GetUtcNow());

    private AuthenticateResult Success(string name, ApiKeyRole? role)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(AccessClaim, nameof(ReaderAccess.Subscriber)) };
        foreach (var granted in Enum.GetValues<ApiKeyRole>().Where(r => role is { } given && r <= given))
        {
            claims.Add(new Claim(ClaimTypes.Role, granted.ToString()));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}

/// <summary>The authorization policies of Fundus's routes, by role.</summary>
internal static class FundusPolicies
{
    public const string Editor = nameof(ApiKeyRole.Editor);
    public const string Admin = nameof(ApiKeyRole.Admin);

    /// <summary>Subscriber access for a valid subscriber token or any API key; public otherwise.</summary>
    public static ReaderAccess AccessOf(ClaimsPrincipal user) =>
        user.HasClaim(FundusAuthentication.AccessClaim, nameof(ReaderAccess.Subscriber)) ? ReaderAccess.Subscriber : ReaderAccess.Public;
}
