using HalloBot.Domain.Feedback;

namespace HalloBot.UnitTests.Feedback;

public sealed class FeedbackItemTests
{
    private static readonly DateTime At = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(FeedbackStatus.UnderReview)]
    [InlineData(FeedbackStatus.Planned)]
    [InlineData(FeedbackStatus.Done)]
    [InlineData(FeedbackStatus.Declined)]
    public void ChangeStatus_ForwardFromNew_MovesAndRecordsAnswer(FeedbackStatus to)
    {
        var item = Item();

        var change = item.ChangeStatus(to, "Wir prüfen das.", "staff-1", "Frau Amt", At);

        Assert.Equal(to, item.Status);
        Assert.Equal("Wir prüfen das.", item.PublicAnswer);
        Assert.Equal(At, item.StatusChangedAt);
        Assert.Equal((FeedbackStatus.New, to, "Wir prüfen das."), (change.From, change.To, change.Answer));
    }

    [Fact]
    public void CanMoveTo_BackwardsSameOrAfterDecision_False()
    {
        var item = Item();
        item.ChangeStatus(FeedbackStatus.Planned, "Geplant.", "s", "S", At);

        Assert.False(item.CanMoveTo(FeedbackStatus.UnderReview));
        Assert.False(item.CanMoveTo(FeedbackStatus.Planned));
        Assert.False(item.CanMoveTo((FeedbackStatus)99));
        Assert.True(item.CanMoveTo(FeedbackStatus.Declined));

        item.ChangeStatus(FeedbackStatus.Done, "Fertig.", "s", "S", At);
        Assert.All(Enum.GetValues<FeedbackStatus>(), s => Assert.False(item.CanMoveTo(s)));
        Assert.Throws<InvalidOperationException>(() => item.ChangeStatus(FeedbackStatus.Declined, "Doch nicht.", "s", "S", At));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ChangeStatus_NoAnswer_ThrowsAndKeepsStatus(string answer)
    {
        var item = Item();

        Assert.Throws<InvalidOperationException>(() => item.ChangeStatus(FeedbackStatus.Planned, answer, "s", "S", At));
        Assert.Equal(FeedbackStatus.New, item.Status);
    }

    [Fact]
    public void AcceptsVoteFrom_OwnBusinessOrDecided_False()
    {
        var item = Item();

        Assert.False(item.AcceptsVoteFrom(7));
        Assert.True(item.AcceptsVoteFrom(8));
        item.ChangeStatus(FeedbackStatus.Declined, "Nein, weil …", "s", "S", At);
        Assert.False(item.AcceptsVoteFrom(8));
    }

    private static FeedbackItem Item() =>
        new(FeedbackKind.Idea, FeedbackArea.Search, "Sonntags geöffnet", "Ein Filter für Sonntage wäre schön.", 7, "member-1", true, At);
}
