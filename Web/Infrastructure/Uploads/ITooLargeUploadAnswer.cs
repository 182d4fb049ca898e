using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Primitives;

namespace HalloBot.Web.Infrastructure.Uploads;

/// <summary>
/// Where an upload action sends the user when <see cref="UploadLimitsAttribute"/> refuses the request: back to the
/// form, with <see cref="TooLargeUpload.Message"/> on its file field and, where possible, what was typed. The action
/// itself does not run, so nothing is stored.
/// </summary>
public interface ITooLargeUploadAnswer
{
    Task<IActionResult> AnswerAsync(AuthorizationFilterContext context, TooLargeUpload upload, CancellationToken cancellationToken);
}

/// <param name="Fields">The form as sent (antiforgery checked), or null when the request was too large to read.</param>
/// <param name="Message">Why it was refused, in the user's language.</param>
public sealed record TooLargeUpload(IFormCollection? Fields, string Message)
{
    public bool FieldsKept => Fields is not null;

    public string? Field(string name) => Fields is not null && Fields.TryGetValue(name, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;

    /// <summary>
    /// Carries values across a redirect: an authorization filter's answer skips the filter that saves TempData, so this
    /// saves it at once.
    /// </summary>
    public static void Carry(HttpContext http, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        foreach (var (key, value) in values)
        {
            tempData[key] = value;
        }

        tempData.Save();
    }
}
