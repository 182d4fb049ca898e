using HalloBot.Jobs.Images;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Infrastructure.Uploads;

/// <summary>
/// An image upload's own limits (<see cref="MaxFiles"/> files of at most <see cref="MaxFileBytes"/>) instead of the
/// server's 30 MB, and a readable answer when a request breaks them: without this the antiforgery check, which reads the
/// form first, answers a blank 400 and the user loses the form. The form is read here, ordered like
/// <c>[RequestSizeLimit]</c>: after the sign-in check, before antiforgery (1000). A request up to
/// <see cref="ReadSlackBytes"/> over the limit is still read to its end, so that the browser is not cut off mid-send and
/// the fields the user typed (and the antiforgery token, which the form sends last) are known; the file is thrown away.
/// The action's <see cref="Answer"/> (an <see cref="ITooLargeUploadAnswer"/>) then leads back to the form with the
/// message on its file field. Larger requests are answered without reading them, so the fields are lost.
/// </summary>
/// <param name="answer">The type of the action's <see cref="ITooLargeUploadAnswer"/>; created per request.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitsAttribute(Type answer) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room per file above the 15 MB an image may have: the form's framing and its other fields.</summary>
    public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

    /// <summary>How far over the limit a request is still read for its fields (a phone photo of 20–60 MB is common).</summary>
    public const long ReadSlackBytes = 48L * 1024 * 1024;

    public Type Answer { get; } = typeof(ITooLargeUploadAnswer).IsAssignableFrom(answer)
        ? answer
        : throw new ArgumentException($"{answer} is no {nameof(ITooLargeUploadAnswer)}.", nameof(answer));

    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    public int MaxFiles { get; set; } = 1;

    public long MaxRequestBytes => MaxFileBytes * MaxFiles;

    public long MaxReadBytes => MaxRequestBytes + ReadSlackBytes;

    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true || context.Result is not null)
        {
            // The sign-in check answers; the body is not worth reading.
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxReadBytes;
        }

        if (!http.Request.HasFormContentType || await TooLargeAsync(http) is not { } upload)
        {
            return;
        }

        if (upload.FieldsKept && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            // A forged request gets the same 400 from the antiforgery check as any other form.
            return;
        }

        var answer = (ITooLargeUploadAnswer)ActivatorUtilities.GetServiceOrCreateInstance(http.RequestServices, Answer);
        context.Result = await answer.AnswerAsync(context, upload, http.RequestAborted);
    }

    /// <summary>Reads the form (files over the limit to temporary files, as the framework does); null when it keeps the limits.</summary>
    private async Task<TooLargeUpload?> TooLargeAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxReadBytes)
        {
            return Describe(http, null, null);
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            MultipartBodyLengthLimit = MaxReadBytes,
            ValueCountLimit = 200,
        }));
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return Describe(http, null, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Describe(http, null, null);
        }

        if (form.Files.FirstOrDefault(f => f.Length > MaxFileBytes) is { } file)
        {
            return Describe(http, form, file.FileName);
        }

        return form.Files.Sum(f => f.Length) > MaxRequestBytes ? Describe(http, form, null) : null;
    }

    private TooLargeUpload Describe(HttpContext http, IFormCollection? fields, string? fileName)
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var megabytes = http.RequestServices.GetRequiredService<IOptions<ImagePipelineOptions>>().Value.MaxBytes / (1024 * 1024);
        string message = fileName is { Length: > 0 }
            ? t["Upload.TooLarge.File", ShortName(fileName), megabytes]
            : MaxFiles > 1 ? t["Upload.TooLarge.Files", MaxFiles, megabytes] : t["Upload.TooLarge.Single", megabytes];
        return new TooLargeUpload(fields, message);
    }

    private static string ShortName(string fileName)
    {
        // Some browsers send the whole path; a name of any length must not swamp the message.
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return name.Length <= 80 ? name : name[..77] + "…";
    }
}
