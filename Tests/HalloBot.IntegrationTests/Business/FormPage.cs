using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HalloBot.IntegrationTests.Business;

/// <summary>
/// Posts a form with every value it shows (text, selects, text areas, ticked boxes), changing only the fields a
/// test names, as a person editing one field of a long form would.
/// </summary>
public static class FormPage
{
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string pageUrl, string formSelector, IReadOnlyDictionary<string, string[]> changes)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} gave {(int)page.StatusCode}.");
        var form = new HtmlParser().ParseDocument(html).QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var values = CurrentValues(form).Where(v => !changes.ContainsKey(v.Key))
            .Concat(changes.SelectMany(c => c.Value.Select(v => KeyValuePair.Create(c.Key, v))))
            .ToList();
        return await client.PostAsync(form.GetAttribute("action") ?? pageUrl, new FormUrlEncodedContent(values));
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IEnumerable<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio" ? input.IsChecked : input.Type != "submit")
                    {
                        yield return KeyValuePair.Create(input.Name!, input.Value);
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    yield return KeyValuePair.Create(select.Name!, option?.Value ?? "");
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    yield return KeyValuePair.Create(area.Name!, area.Value);
                    break;
            }
        }
    }
}
