using HalloBot.Domain.Media;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Photos;

/// <summary>The photo pages' words for statuses and reasons, in the resident's language.</summary>
public sealed class PhotoTexts(IStringLocalizer<SharedResource> t)
{
    public string Status(PhotoStatus status) => t[$"Photos.Status.{status}"];

    /// <summary>A reason code of the image job (an <see cref="HalloBot.Jobs.Images.ImageRejectionReason"/> name) in words.</summary>
    public string Rejection(string? code)
    {
        var text = t[$"Photos.Rejection.{code}"];
        return text.ResourceNotFound ? t["Photos.Rejection.Unknown"] : text;
    }

    public string this[string key] => t[key];

    public string this[string key, params object[] arguments] => t[key, arguments];
}
