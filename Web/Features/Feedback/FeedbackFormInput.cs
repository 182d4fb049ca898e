namespace HalloBot.Web.Features.Feedback;

/// <summary>The feedback form as sent; every field a string, so that any input reaches the validator and gets its own message.</summary>
public sealed class FeedbackFormInput
{
    public string? Kind { get; set; }
    public string? Area { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? ListingId { get; set; }
    public string? ShowBusiness { get; set; }
    public IFormFile? Screenshot { get; set; }

    /// <summary>The honeypot: hidden from people (and from assistive technology); a bot that fills every field fills it.</summary>
    public string? Website { get; set; }

    public bool IsBot => !string.IsNullOrEmpty(Website);
}
