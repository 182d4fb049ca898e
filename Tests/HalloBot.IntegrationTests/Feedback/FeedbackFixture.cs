using HalloBot.Domain.Accounts;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>
/// One site for a test class: three businesses (the sender's, the voter's and a third, so that a merge has votes to
/// carry over that are neither side's own), a member of each, a member without a business, and staff.
/// </summary>
public sealed class FeedbackFixture : IAsyncLifetime
{
    public FeedbackApp App { get; } = new();
    public int SenderListing { get; private set; }
    public int OtherListing { get; private set; }
    public int ThirdListing { get; private set; }
    public Member Sender { get; private set; } = null!;
    public Member Voter { get; private set; } = null!;
    public Member Third { get; private set; } = null!;
    public Member Outsider { get; private set; } = null!;
    public Member Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (SenderListing, OtherListing) = await App.SeedBusinessesAsync();
        Sender = await App.CreateMemberAsync("baecker@example.org", false, SenderListing);
        Voter = await App.CreateMemberAsync("rad@example.org", false, OtherListing);
        ThirdListing = await App.SeedListingAsync("Kiosk am Berliner Platz");
        Third = await App.CreateMemberAsync("kiosk-berliner-platz@example.org", false, ThirdListing);
        Outsider = await App.CreateMemberAsync("ohne-betrieb@example.org");
        Staff = await App.CreateMemberAsync("amt-team@example.org", true);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
