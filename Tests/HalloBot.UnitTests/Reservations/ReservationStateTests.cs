using HalloBot.Domain.Reservations;

namespace HalloBot.UnitTests.Reservations;

public sealed class ReservationStateTests
{
    private static readonly WorkingDays Days = ReservationClock.Days;

    [Fact]
    public void Constructor_NewReservation_AwaitsConfirmationAndLapsesAfter48Hours()
    {
        var clock = new ReservationClock(2026, 5, 4, 9);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 6));

        Assert.Equal(ReservationStatus.AwaitingConfirmation, reservation.Status);
        Assert.Equal("erika@example.org", reservation.Email);
        Assert.Null(reservation.ExpireIfDue(clock.Now + TimeSpan.FromHours(47)));
        Assert.Equal(ReservationStatus.AwaitingConfirmation, reservation.ExpireIfDue(clock.Now + TimeSpan.FromHours(48)));
        Assert.Equal(ReservationStatus.Expired, reservation.Status);
    }

    [Fact]
    public void Confirm_OnSaturday_RemindsMondayAtTheSameTime()
    {
        var clock = new ReservationClock(2026, 5, 2, 10);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 4));

        reservation.Confirm(clock.Now, Days);

        Assert.Equal(ReservationStatus.Requested, reservation.Status);
        clock.Set(2026, 5, 4, 9, 59);
        Assert.False(reservation.RecordReminder(clock.Now));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(reservation.RecordReminder(clock.Now));
        Assert.False(reservation.RecordReminder(clock.Now + TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Confirm_UnansweredAcrossHolidayAndWeekend_LapsesAfterThreeWorkingDays()
    {
        // Thursday 30 April; 1 May is a holiday, 3 May a Sunday: the working days are Sat 2, Mon 4, Tue 5 May.
        var clock = new ReservationClock(2026, 4, 30, 15);
        var reservation = clock.NewReservation(new DateOnly(2026, 4, 30));
        reservation.Confirm(clock.Now, Days);

        Assert.Null(reservation.ExpireIfDue(ReservationClock.Local(2026, 5, 5, 23, 59)));
        Assert.Equal(ReservationStatus.Requested, reservation.ExpireIfDue(ReservationClock.Local(2026, 5, 6, 0)));
    }

    [Fact]
    public void Confirm_PreferredDayLaterThanTheLapse_StaysOpenUntilThatDayEnds()
    {
        var clock = new ReservationClock(2026, 5, 4, 9);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 20));
        reservation.Confirm(clock.Now, Days);

        Assert.Equal(ReservationClock.Local(2026, 5, 21, 0), reservation.ExpiresAt);
    }

    [Fact]
    public void Accept_HoldOfTwoDaysFromSaturday_RunsThroughMonday()
    {
        var clock = new ReservationClock(2026, 5, 1, 11);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 2), holdDays: 2);
        reservation.Confirm(clock.Now, Days);

        reservation.Accept(new PickupWindow(new DateOnly(2026, 5, 2), new TimeOnly(10, 0), new TimeOnly(13, 0)), "Liegt bereit", clock.Now, Days);

        Assert.Equal(ReservationStatus.Accepted, reservation.Status);
        Assert.False(reservation.IsReminderDueAt(clock.Now + TimeSpan.FromDays(5)));
        Assert.Null(reservation.ExpireIfDue(ReservationClock.Local(2026, 5, 4, 23, 59)));
        Assert.Equal(ReservationStatus.Accepted, reservation.ExpireIfDue(ReservationClock.Local(2026, 5, 5, 0)));
        Assert.NotNull(reservation.ClosedAt);
    }

    [Fact]
    public void Accept_WindowInThePast_IsRefused()
    {
        var clock = new ReservationClock(2026, 5, 4, 14);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 4));
        reservation.Confirm(clock.Now, Days);
        var over = new PickupWindow(new DateOnly(2026, 5, 4), new TimeOnly(9, 0), new TimeOnly(12, 0));

        Assert.Equal(PickupWindowProblem.InThePast, Reservation.Check(over, clock.Now, Days));
        Assert.Throws<ArgumentException>(() => reservation.Accept(over, null, clock.Now, Days));
        Assert.Equal(ReservationStatus.Requested, reservation.Status);
    }

    [Fact]
    public void Check_UntilBeforeFrom_IsMalformed()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var window = new PickupWindow(new DateOnly(2026, 5, 5), new TimeOnly(12, 0), new TimeOnly(11, 0));

        Assert.Equal(PickupWindowProblem.EndsBeforeItStarts, Reservation.Check(window, clock.Now, Days));
    }

    [Fact]
    public void TakeProposal_ResidentAgrees_IsAcceptedWithTheProposedWindow()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5), holdDays: 1);
        reservation.Confirm(clock.Now, Days);
        var proposed = new PickupWindow(new DateOnly(2026, 5, 6), new TimeOnly(15, 0), new TimeOnly(18, 0));
        reservation.ProposeOtherTime(proposed, "Erst Mittwoch", clock.Now, Days);
        Assert.Equal(ReservationStatus.OtherTimeProposed, reservation.Status);

        clock.Advance(TimeSpan.FromHours(3));
        reservation.TakeProposal(clock.Now, Days);

        Assert.Equal(ReservationStatus.Accepted, reservation.Status);
        Assert.Equal(proposed, reservation.Pickup);
        Assert.Equal(ReservationClock.Local(2026, 5, 7, 0), reservation.ExpiresAt);
    }

    [Fact]
    public void ProposeOtherTime_NotTakenByTheEndOfThatDay_Lapses()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5));
        reservation.Confirm(clock.Now, Days);
        reservation.ProposeOtherTime(new PickupWindow(new DateOnly(2026, 5, 6), new TimeOnly(15, 0), new TimeOnly(18, 0)), null, clock.Now, Days);

        Assert.Equal(ReservationStatus.OtherTimeProposed, reservation.ExpireIfDue(ReservationClock.Local(2026, 5, 7, 0)));
    }

    [Theory]
    [InlineData(ReservationAction.Accept)]
    [InlineData(ReservationAction.Decline)]
    [InlineData(ReservationAction.MarkPickedUp)]
    [InlineData(ReservationAction.TakeProposal)]
    public void Allows_UnconfirmedReservation_NothingButConfirmOrCancel(ReservationAction action)
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5));

        Assert.False(reservation.Allows(action));
        Assert.True(reservation.Allows(ReservationAction.Confirm));
        Assert.True(reservation.Allows(ReservationAction.Cancel));
    }

    [Fact]
    public void Decline_ThenCancel_IsRefused()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5));
        reservation.Confirm(clock.Now, Days);
        reservation.Decline("Ausverkauft", clock.Now);

        Assert.Equal(ReservationStatus.Declined, reservation.Status);
        Assert.Equal("Ausverkauft", reservation.ShopNote);
        Assert.Throws<InvalidOperationException>(() => reservation.Cancel(clock.Now));
        Assert.Null(reservation.ExpiresAt);
    }

    [Fact]
    public void MarkPickedUp_Accepted_ClosesAndNeverExpires()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5));
        reservation.Confirm(clock.Now, Days);
        reservation.Accept(new PickupWindow(new DateOnly(2026, 5, 5), new TimeOnly(9, 0), new TimeOnly(12, 0)), null, clock.Now, Days);

        reservation.MarkPickedUp(clock.Now);

        Assert.Equal(ReservationStatus.PickedUp, reservation.Status);
        Assert.Null(reservation.ExpireIfDue(clock.Now + TimeSpan.FromDays(30)));
        Assert.Throws<InvalidOperationException>(() => reservation.MarkNotCollected(clock.Now));
    }

    [Fact]
    public void ErasePersonalDataIfDue_NinetyDaysAfterClosing_BlanksTheResident()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = new Reservation(
            new ReservationRequest("Erika", "erika@example.org", "0201 123456", 2, new DateOnly(2026, 5, 5), "Bitte einpacken", "de"),
            7, "Roggenbrot", 3, 2, new string('a', 64), "geschützt", clock.Now);
        reservation.Cancel(clock.Now);

        Assert.False(reservation.ErasePersonalDataIfDue(clock.Now + TimeSpan.FromDays(90) - TimeSpan.FromSeconds(1)));
        Assert.Equal("Erika", reservation.Name);
        Assert.True(reservation.ErasePersonalDataIfDue(clock.Now + TimeSpan.FromDays(90)));

        Assert.Equal(("", "", null, null, 2), (reservation.Name, reservation.Email, reservation.Phone, reservation.Message, reservation.Quantity));
        Assert.Null(reservation.ProtectedToken);
        Assert.False(reservation.ErasePersonalDataIfDue(clock.Now + TimeSpan.FromDays(91)));
    }

    [Fact]
    public void ErasePersonalDataIfDue_OpenReservation_KeepsEverything()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5));
        reservation.Confirm(clock.Now, Days);

        Assert.False(reservation.ErasePersonalDataIfDue(clock.Now + TimeSpan.FromDays(400)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void CanOpenAnother_OpenCount_LimitsAtThree(int open, bool expected) =>
        Assert.Equal(expected, ReservationRules.CanOpenAnother(open));

    [Fact]
    public void LetGoOfRemovedOffer_AcceptedHold_IsDeclinedWithTheReasonAndKeepsTheTitle()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5));
        reservation.Confirm(clock.Now, Days);
        reservation.Accept(new PickupWindow(new DateOnly(2026, 5, 5), new TimeOnly(10, 0), new TimeOnly(12, 0)), null, clock.Now, Days);

        var from = reservation.LetGoOfRemovedOffer("Angebot wurde entfernt", clock.Now);

        Assert.Equal(ReservationStatus.Accepted, from);
        Assert.Equal((ReservationStatus.Declined, "Angebot wurde entfernt", null, "Roggenbrot"), (reservation.Status, reservation.ShopNote, reservation.OfferId, reservation.OfferTitle));
        Assert.Null(reservation.ExpiresAt);
    }

    [Fact]
    public void LetGoOfRemovedOffer_ClosedReservation_KeepsItsOutcome()
    {
        var clock = new ReservationClock(2026, 5, 4, 8);
        var reservation = clock.NewReservation(new DateOnly(2026, 5, 5));
        reservation.Cancel(clock.Now);

        Assert.Null(reservation.LetGoOfRemovedOffer("Angebot wurde entfernt", clock.Now));
        Assert.Equal((ReservationStatus.CancelledByResident, null, null), (reservation.Status, reservation.ShopNote, reservation.OfferId));
    }
}
