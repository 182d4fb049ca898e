using System.Globalization;
using HalloBot.Domain.Feedback;
using HalloBot.Web.Features.Business;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Feedback;

/// <summary>Checks the feedback and comment forms; every message names what is wrong, for the field it is about.</summary>
public sealed class FeedbackFormValidator(IStringLocalizer<SharedResource> t)
{
    public ValidFeedback? Validate(FeedbackFormInput input, IReadOnlyList<BusinessChoice> businesses, List<FieldError> errors)
    {
        var kind = Choice<FeedbackKind>(input.Kind, FeedbackFields.Kind, "Feedback.Error.Kind", errors);
        var area = Choice<FeedbackArea>(input.Area, FeedbackFields.Area, "Feedback.Error.Area", errors);
        var title = Text(input.Title, FeedbackFields.Title, FeedbackItem.TitleMinLength, FeedbackItem.TitleMaxLength, errors);
        var text = Text(input.Text, FeedbackFields.Text, FeedbackItem.TextMinLength, FeedbackItem.TextMaxLength, errors);
        var listingId = Business(input.ListingId, businesses, FeedbackFields.ListingId, errors);
        bool? showBusiness = input.ShowBusiness switch
        {
            null or "" or "false" => false,
            "true" or "on" => true,
            _ => null,
        };
        if (showBusiness is null)
        {
            errors.Add(new FieldError(FeedbackFields.ShowBusiness, t["Feedback.Error.ShowBusiness"]));
        }

        return errors.Count == 0
            ? new ValidFeedback(kind!.Value, area!.Value, title!, text!, listingId!.Value, showBusiness!.Value)
            : null;
    }

    /// <summary>The business a member acts for: one of their own.</summary>
    public int? Business(string? value, IReadOnlyList<BusinessChoice> businesses, string field, List<FieldError> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && businesses.Any(b => b.ListingId == id))
        {
            return id;
        }

        errors.Add(new FieldError(field, t["Feedback.Error.Business"]));
        return null;
    }

    /// <summary>Trimmed text between the limits; line breaks kept, other control characters refused.</summary>
    public string? Text(string? value, string field, int minLength, int maxLength, List<FieldError> errors)
    {
        var text = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new FieldError(field, t["Feedback.Error.Required"]));
            return null;
        }

        if (text.Length < minLength)
        {
            errors.Add(new FieldError(field, t["Feedback.Error.TooShort", minLength, text.Length]));
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, t["Feedback.Error.TooLong", maxLength, text.Length]));
            return null;
        }

        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            errors.Add(new FieldError(field, t["Feedback.Error.ControlCharacters"]));
            return null;
        }

        return text;
    }

    private T? Choice<T>(string? value, string field, string messageKey, List<FieldError> errors)
        where T : struct, Enum
    {
        // Names only: "1" or "999" would parse as numbers.
        if (value is { Length: > 0 } && !char.IsAsciiDigit(value[0]) && Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors.Add(new FieldError(field, t[messageKey]));
        return null;
    }
}

public sealed record ValidFeedback(FeedbackKind Kind, FeedbackArea Area, string Title, string Text, int ListingId, bool ShowBusiness);

/// <summary>The form's field names, which are also the ids the error summary links to.</summary>
public static class FeedbackFields
{
    public const string Kind = "Kind";
    public const string Area = "Area";
    public const string Title = "Title";
    public const string Text = "Text";
    public const string ListingId = "ListingId";
    public const string ShowBusiness = "ShowBusiness";
    public const string Screenshot = "Screenshot";
    public const string Comment = "CommentText";
    public const string CommentListing = "CommentListingId";
    public const string VoteListing = "VoteListingId";
    public const string Status = "Status";
    public const string Answer = "Answer";
    public const string Note = "Note";
    public const string MergeTarget = "MergeTarget";

    /// <summary>The hidden field of the feedback and comment forms that only bots fill.</summary>
    public const string Honeypot = "Website";
}

/// <summary>One of the member's businesses, as a choice in a form.</summary>
public sealed record BusinessChoice(int ListingId, string Name);
