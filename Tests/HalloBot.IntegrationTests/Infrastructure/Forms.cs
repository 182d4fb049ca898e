using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HalloBot.IntegrationTests.Infrastructure;

/// <summary>Submits a page's form as a browser would: its hidden fields (antiforgery token included) plus the test's values.</summary>
public static class Forms
{
    /// <param name="formSelector">CSS selector of the form on the page; the first form when null.</param>
    /// <param name="fields">Values to set; a key given twice (checkbox lists) is sent twice.</param>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? formSelector = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (!page.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {pageUrl} gave {(int)page.StatusCode}.");
        }

        var document = new HtmlParser().ParseDocument(html);
        var form = (formSelector is null ? document.QuerySelector("form") : document.QuerySelector(formSelector)) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var given = fields.ToList();
        var values = form.QuerySelectorAll("input[type=hidden]")
            .OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && given.All(f => f.Key != i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(given)
            .ToList();
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token of the first form on a page, for posts built by hand.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var document = new HtmlParser().ParseDocument(html);
        return (document.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }
}
