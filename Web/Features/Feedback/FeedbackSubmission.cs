using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Business;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// Takes a member's feedback: checks every field (and the screenshot, with the photo pipeline), then saves the
/// feedback with the office's notice and the sender's receipt in one transaction — all of it, or nothing.
/// </summary>
public sealed class FeedbackSubmission(
    HalloBotDbContext db,
    FeedbackPeople people,
    FeedbackFormValidator validator,
    FeedbackScreenshots screenshots,
    FeedbackMails mails,
    IStringLocalizer<SharedResource> t,
    TimeProvider time)
{
    public async Task<FeedbackFormPage?> PageAsync(CurrentMember member, CancellationToken cancellationToken)
    {
        var businesses = await people.BusinessesAsync(member.Id, cancellationToken);
        return businesses.Count == 0 ? null : new FeedbackFormPage(new FeedbackFormInput { ListingId = businesses.Count == 1 ? Id(businesses[0]) : null }, businesses, []);
    }

    public async Task<FeedbackSubmitResult> SubmitAsync(FeedbackFormInput input, CurrentMember member, string siteRoot, CancellationToken cancellationToken)
    {
        var businesses = await people.BusinessesAsync(member.Id, cancellationToken);
        if (businesses.Count == 0)
        {
            return new FeedbackSubmitResult(FeedbackSubmitState.NotMember, null, null);
        }

        if (input.IsBot)
        {
            // Answered like a success, so that a bot learns nothing; nothing is written, nobody is mailed.
            return new FeedbackSubmitResult(FeedbackSubmitState.Ignored, null, null);
        }

        var errors = new List<FieldError>();
        var valid = validator.Validate(input, businesses, errors);
        var screenshot = await CheckScreenshotAsync(input.Screenshot, errors, cancellationToken);
        if (valid is null || errors.Count > 0)
        {
            return new FeedbackSubmitResult(FeedbackSubmitState.Invalid, null, new FeedbackFormPage(input, businesses, errors));
        }

        var key = screenshot is null ? null : await screenshots.StoreAsync(screenshot, cancellationToken);
        try
        {
            var id = await SaveAsync(valid, key, screenshot, member, businesses, siteRoot, cancellationToken);
            return new FeedbackSubmitResult(FeedbackSubmitState.Created, id, null);
        }
        catch
        {
            if (key is not null)
            {
                screenshots.Delete(key);
            }

            throw;
        }
    }

    private async Task<int> SaveAsync(
        ValidFeedback valid, string? key, IReadOnlyList<ImageVariant>? screenshot, CurrentMember member, IReadOnlyList<BusinessChoice> businesses, string siteRoot,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = new FeedbackItem(valid.Kind, valid.Area, valid.Title, valid.Text, valid.ListingId, member.Id, valid.ShowBusiness, time.GetUtcNow().UtcDateTime);
        if (key is not null && screenshot is not null)
        {
            var full = screenshot.First(v => v.Size == ImageVariantSize.FullScreen);
            item.AttachScreenshot(key, full.Width, full.Height);
        }

        db.FeedbackItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);

        var business = businesses.First(b => b.ListingId == valid.ListingId).Name;
        await mails.QueueStaffNoticeAsync(item, member.DisplayName, member.Email, business, siteRoot, cancellationToken);
        if (await people.RecipientAsync(member.Id, FeedbackRelation.Sender, cancellationToken) is { } sender)
        {
            await mails.QueueReceiptAsync(item, sender, siteRoot, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item.Id;
    }

    /// <returns>The variants of an accepted screenshot; null when none was sent or it was refused (then with an error).</returns>
    private async Task<IReadOnlyList<ImageVariant>?> CheckScreenshotAsync(IFormFile? file, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return null;
        }

        var result = await screenshots.CheckAsync(file, cancellationToken);
        if (result.IsAccepted)
        {
            return result.Variants;
        }

        var reason = t[$"Photos.Rejection.{result.Rejection.Reason}"];
        errors.Add(new FieldError(FeedbackFields.Screenshot, t["Feedback.Error.Screenshot", reason.ResourceNotFound ? t["Photos.Rejection.Unknown"] : reason]));
        return null;
    }

    private static string Id(BusinessChoice choice) => choice.ListingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public enum FeedbackSubmitState
{
    Created,
    Invalid,
    NotMember,
    Ignored,
}

public sealed record FeedbackSubmitResult(FeedbackSubmitState State, int? Id, FeedbackFormPage? Page);

public sealed record FeedbackFormPage(FeedbackFormInput Input, IReadOnlyList<BusinessChoice> Businesses, IReadOnlyList<FieldError> Errors);
