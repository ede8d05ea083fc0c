using System.Reflection;
using Markdig;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fundus.Web;

/// <summary>
/// <c>/hilfe</c>: the search syntax for readers, rendered from <c>docs/search-syntax.md</c> (Markdig, raw HTML off),
/// so the page and the documentation cannot drift apart.
/// </summary>
internal static class HelpPage
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Fundus.Web.Assets.search-syntax.md")
            ?? throw new InvalidOperationException("The search syntax document is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
        return Markdown.ToHtml(reader.ReadToEnd(), pipeline);
    });

    public static IEndpointRouteBuilder MapHelpPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/hilfe", (HttpContext http) => HtmlPage.Render(http, "Suchhilfe", html =>
            html.Append(Html.Value).Append("<p><a href=\"/\">Zur Suche</a></p>"))).ExcludeFromDescription();
        return routes;
    }
}
