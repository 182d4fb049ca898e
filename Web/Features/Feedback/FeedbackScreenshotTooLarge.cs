using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// A screenshot over the limit: the form again (413) with everything the member typed and the message on the screenshot
/// field; nothing is saved. Only a request too large to read at all loses the text, and the message says so.
/// </summary>
public sealed class FeedbackScreenshotTooLarge(HalloBotDbContext db, FeedbackPeople people, IModelMetadataProvider metadata, IStringLocalizer<SharedResource> t)
    : ITooLargeUploadAnswer
{
    public async Task<IActionResult> AnswerAsync(AuthorizationFilterContext context, TooLargeUpload upload, CancellationToken cancellationToken)
    {
        var member = await CurrentMember.FindAsync(db, context.HttpContext.User, cancellationToken);
        var businesses = member is null ? [] : await people.BusinessesAsync(member.Id, cancellationToken);
        if (businesses.Count == 0)
        {
            // The form page explains why there is no form.
            return new RedirectResult(FeedbackRoutes.New);
        }

        var input = new FeedbackFormInput
        {
            Kind = upload.Field(nameof(FeedbackFormInput.Kind)),
            Area = upload.Field(nameof(FeedbackFormInput.Area)),
            Title = upload.Field(nameof(FeedbackFormInput.Title)),
            Text = upload.Field(nameof(FeedbackFormInput.Text)),
            ListingId = upload.Field(nameof(FeedbackFormInput.ListingId)) ?? (businesses.Count == 1 ? businesses[0].ListingId.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            ShowBusiness = upload.Field(nameof(FeedbackFormInput.ShowBusiness)),
            Website = upload.Field(nameof(FeedbackFormInput.Website)),
        };
        if (input.IsBot)
        {
            return new RedirectResult(FeedbackRoutes.Public);
        }

        var message = upload.FieldsKept ? upload.Message : $"{upload.Message} {t["Upload.TooLarge.Retype"]}";
        var page = new FeedbackFormPage(input, businesses, [new FieldError(FeedbackFields.Screenshot, message)]);
        return new ViewResult
        {
            ViewName = "~/Features/Feedback/New.cshtml",
            ViewData = new ViewDataDictionary<FeedbackFormPage>(metadata, context.ModelState) { Model = page },
            StatusCode = StatusCodes.Status413PayloadTooLarge,
        };
    }
}
