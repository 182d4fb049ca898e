namespace HalloBot.Jobs.Images;

/// <summary>
/// A refused image: <paramref name="Reason"/> is for the retailer (translated by the web layer),
/// <paramref name="Detail"/> is English for logs and staff, never shown as the reason itself.
/// </summary>
public sealed record ImageRejection(ImageRejectionReason Reason, string Detail);
