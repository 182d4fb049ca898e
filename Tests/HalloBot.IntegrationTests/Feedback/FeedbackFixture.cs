using HalloBot.Domain.Accounts;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>One site for a test class: two businesses, a member of each, a member without a business, and staff.</summary>
public sealed class FeedbackFixture : IAsyncLifetime
{
    public FeedbackApp App { get; } = new();
    public int SenderListing { get; private set; }
    public int OtherListing { get; private set; }
    public Member Sender { get; private set; } = null!;
    public Member Voter { get; private set; } = null!;
    public Member Outsider { get; private set; } = null!;
    public Member Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (SenderListing, OtherListing) = await App.SeedBusinessesAsync();
        Sender = await App.CreateMemberAsync("baecker@example.org", false, SenderListing);
        Voter = await App.CreateMemberAsync("rad@example.org", false, OtherListing);
        Outsider = await App.CreateMemberAsync("ohne-betrieb@example.org");
        Staff = await App.CreateMemberAsync("amt-team@example.org", true);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
