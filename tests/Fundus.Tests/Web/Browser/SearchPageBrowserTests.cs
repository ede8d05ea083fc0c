using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Fundus.Tests.Web.Browser;

/// <summary>
/// A reader's way through the Erweiterte Suche in a real browser, once with JavaScript and once without: both must
/// reach the same places, and the back button must lead back to where the reader was.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchPageBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly TempDataDirectory _data = new();
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        // Generous waits: the suite runs these beside CPU-heavy tests on two cores. Assertions poll, so a
        // passing test is no slower for it.
        Assertions.SetDefaultExpectTimeout(20_000);
        _server = await RunningServer.StartAsync(_data);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _data.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reader_searches_picks_a_facet_pages_opens_an_article_and_goes_back(bool javaScript)
    {
        await using var context = await NewContextAsync(javaScript, width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // Search.
        await page.GetByLabel("Suchbegriffe").FillAsync("Verwaltung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=Verwaltung"));
        var all = await HitCountAsync(page);
        Assert.True(all > 10, $"the seed has more than ten articles on Verwaltung, found {all}");
        await page.EvaluateAsync("() => window.fundusMarker = 'same page'");

        // Click a facet value: the count shrinks, the value is selected and shows as a removable chip.
        await page.Locator("aside a[data-facet]", new() { HasText = "Werkstattbericht" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("format=Werkstattbericht"));
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Format: Werkstattbericht");
        var filtered = await HitCountAsync(page);
        Assert.InRange(filtered, 11, all - 1);
        Assert.Equal("true", await page.Locator("aside a[data-facet]", new() { HasText = "Werkstattbericht" }).GetAttributeAsync("aria-current"));

        // With JavaScript the facet loaded in place; without, it was a plain link to a new page.
        var marker = await page.EvaluateAsync<string?>("() => window.fundusMarker ?? null");
        Assert.Equal(javaScript ? "same page" : null, marker);

        // Page 2 continues the numbering.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Seiten" }).GetByRole(AriaRole.Link, new() { Name = "Seite 2" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("page=2"));
        Assert.Equal("11", await page.Locator("ol.hits").GetAttributeAsync("start"));
        var firstOnPage2 = await page.Locator("ol.hits .teaser").First.InnerTextAsync();

        // Open the article, then go back to page 2 of the filtered search.
        await page.Locator("ol.hits a", new() { HasText = "Zum Artikel" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/artikel/"));
        await Assertions.Expect(page.Locator("article.full .teaser")).ToHaveTextAsync(firstOnPage2);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ähnliche Artikel" })).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("format=Werkstattbericht.*page=2|page=2.*format=Werkstattbericht"));
        Assert.Equal(filtered, await HitCountAsync(page));
        Assert.Equal(firstOnPage2, await page.Locator("ol.hits .teaser").First.InnerTextAsync());

        // Back once more: page 1 of the filtered search, then the unfiltered one.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("ol.hits")).ToHaveAttributeAsync("start", "1");
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=Verwaltung"));
        await Assertions.Expect(page.Locator("#treffer")).ToHaveTextAsync($"{all} Treffer");
    }

    [Fact]
    public async Task Typing_a_name_offers_it_and_choosing_it_filters_by_that_author()
    {
        await using var context = await NewContextAsync(javaScript: true, width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Suchbegriffe" }).PressSequentiallyAsync("Ginz");
        var option = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Beate Ginzel" });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("author=Beate(\\+|%20)Ginzel"));
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Autor/Autorin: Beate Ginzel");
        Assert.True(await HitCountAsync(page) > 0);
    }

    [Fact]
    public async Task Without_javascript_the_form_still_searches_and_no_suggestion_list_appears()
    {
        await using var context = await NewContextAsync(javaScript: false, width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Suchbegriffe").FillAsync("Ginz");
        await page.GetByRole(AriaRole.Group, new() { Name = "Eingrenzen" }).GetByLabel("Format").SelectOptionAsync("Werkstattbericht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("format=Werkstattbericht"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Listbox).CountAsync());
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Format: Werkstattbericht");
    }

    [Theory]
    [InlineData("search", 1280)]
    [InlineData("search", 360)]
    [InlineData("article", 1280)]
    [InlineData("article", 360)]
    public async Task Pages_have_no_serious_or_critical_accessibility_violations(string which, int width)
    {
        await using var context = await NewContextAsync(javaScript: true, width);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/suche?q=Digitalisierung&format=Werkstattbericht");
        if (which == "article")
        {
            await page.Locator("ol.hits a", new() { HasText = "Zum Artikel" }).First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/artikel/"));
        }

        var results = await page.RunAxe();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, $"{which}-{width}.png"), FullPage = true });

        // The full result travels with the screenshots, for the report: every violation, whatever its impact.
        await File.WriteAllLinesAsync(
            Path.Combine(ChromiumFixture.ScreenshotDirectory, $"axe-{which}-{width}.txt"),
            [$"passes: {results.Passes.Length}", $"incomplete: {results.Incomplete.Length}", .. results.Violations.Select(v => $"violation {v.Id} ({v.Impact}): {v.Nodes.Length} nodes")]);
        var grave = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(grave.Count == 0, string.Join(Environment.NewLine, grave));
        Assert.NotEmpty(results.Passes);

        // A page wider than the screen would make readers scroll sideways (WCAG 1.4.10 Reflow).
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, $"the {which} page scrolls sideways at {width}px");
    }

    private Task<IBrowserContext> NewContextAsync(bool javaScript, int width) =>
        chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.Client.BaseAddress!.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });

    private static async Task<int> HitCountAsync(IPage page)
    {
        var text = await page.Locator("#treffer").InnerTextAsync();
        var match = CountPattern().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("^([0-9.]+) Treffer")]
    private static partial Regex CountPattern();
}
