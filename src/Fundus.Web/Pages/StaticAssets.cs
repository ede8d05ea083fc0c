using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fundus.Web;

/// <summary>
/// The stylesheet and script of the pages, embedded in the assembly and served by Fundus itself. Their URLs carry
/// a hash of the content, so a browser may keep them for a year and still never runs an old script after an update.
/// </summary>
internal static class StaticAssets
{
    private static readonly Asset Stylesheet = Load("fundus.css", "text/css; charset=utf-8");
    private static readonly Asset Script = Load("fundus.js", "text/javascript; charset=utf-8");

    public static string StylesheetUrl => Stylesheet.Url;

    public static string ScriptUrl => Script.Url;

    public static IEndpointRouteBuilder MapStaticAssets(this IEndpointRouteBuilder routes)
    {
        foreach (var asset in new[] { Stylesheet, Script })
        {
            routes.MapGet("/assets/" + asset.Name, (HttpContext http) => Serve(http, asset)).ExcludeFromDescription();
        }

        return routes;
    }

    private static IResult Serve(HttpContext http, Asset asset)
    {
        http.Response.Headers.ETag = asset.ETag;
        http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return http.Request.Headers.IfNoneMatch == asset.ETag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Fundus.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The asset {name} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        return new Asset(name, content, contentType, $"\"{hash}\"", $"/assets/{name}?v={hash}");
    }

    private sealed record Asset(string Name, byte[] Content, string ContentType, string ETag, string Url);
}
