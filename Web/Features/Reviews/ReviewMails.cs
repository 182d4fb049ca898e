using HalloBot.Domain.Listings;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Reviews;
using HalloBot.Jobs.Mail;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Shared;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Reviews;

/// <summary>
/// The mails of the review queue, queued in the caller's unit of work: the office hears of each new request,
/// the applicant of each decision, in the language they chose.
/// </summary>
public sealed class ReviewMails(MailQueue queue, IOptions<MailOptions> options, IStringLocalizer<SharedResource> t, TimeProvider time)
{
    public const string NewRequestKind = "reviews.new";
    public const string DecisionKind = "reviews.decision";

    /// <summary>The request must be saved already: its id is in the mail's key and link.</summary>
    public Task QueueStaffNoticeAsync(ListingRequest request, Listing listing, CurrentMember applicant, string siteRoot, CancellationToken cancellationToken)
    {
        var staff = options.Value.StaffAddress;
        var (subject, text) = MailCulture.In("de", () =>
        {
            var body = request.Kind == ListingRequestKind.Claim ? "Reviews.Mail.New.Claim" : "Reviews.Mail.New.NewListing";
            var justification = string.IsNullOrWhiteSpace(request.Justification) ? "–" : request.Justification;
            return (
                t["Reviews.Mail.New.Subject", listing.Name].Value,
                t[body, applicant.DisplayName, applicant.Email, listing.Name, listing.Address.ToString(), justification, $"{siteRoot}{ReviewQueueController.Path}"].Value);
        });
        var mail = new OutgoingMail($"{NewRequestKind}:{request.Id}", NewRequestKind, staff, "de", subject, text, null, Now);
        return queue.QueueAsync(mail, cancellationToken);
    }

    /// <summary>Tells the applicant (one per request, so the key needs no address) what the office decided, with the reason when it gave one.</summary>
    public Task QueueDecisionAsync(ListingRequest request, Listing listing, string recipient, string? culture, string applicantName, string siteRoot, CancellationToken cancellationToken)
    {
        var (subject, text) = MailCulture.In(culture, () =>
        {
            var approved = request.Status == ListingRequestStatus.Approved;
            var subjectKey = approved ? "Reviews.Mail.Approved.Subject" : "Reviews.Mail.Rejected.Subject";
            var bodyKey = (approved, request.Kind) switch
            {
                (false, _) => "Reviews.Mail.Rejected.Body",
                (true, ListingRequestKind.Claim) => "Reviews.Mail.Approved.Claim",
                (true, _) => "Reviews.Mail.Approved.NewListing",
            };
            var body = t[bodyKey, applicantName, listing.Name, request.DecisionReason ?? "", SiteUrl.Listing(siteRoot, listing.Slug),
                $"{siteRoot}{BusinessDashboardController.Path}", options.Value.StaffAddress].Value;
            if (approved && request.DecisionReason is { } note)
            {
                body += "\n\n" + t["Reviews.Mail.Note", note].Value;
            }

            return (t[subjectKey, listing.Name].Value, body);
        });
        var mail = new OutgoingMail(
            $"{DecisionKind}:{request.Id}", DecisionKind, recipient, MailCulture.Code(culture), subject, text, null, Now);
        return queue.QueueAsync(mail, cancellationToken);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
