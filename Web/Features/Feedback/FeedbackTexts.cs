using HalloBot.Domain.Feedback;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Feedback;

/// <summary>The words for kinds, areas and statuses, in the current language.</summary>
public sealed class FeedbackTexts(IStringLocalizer<SharedResource> t)
{
    public string Kind(FeedbackKind kind) => t[$"Feedback.Kind.{kind}"];

    public string Area(FeedbackArea area) => t[$"Feedback.Area.{area}"];

    public string Status(FeedbackStatus status) => t[$"Feedback.Status.{status}"];
}
