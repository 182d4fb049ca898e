using System.Security.Cryptography;
using System.Text;
using HalloBot.Domain.Mail;

namespace HalloBot.Jobs.Reservations;

/// <summary>
/// The kinds of reservation mail, and the shape of their deduplication keys:
/// <c>reservation:{id}:{kind}:{discriminator}:{recipient}</c>, so that everything sent about one reservation can be found.
/// </summary>
public static class ReservationMailKinds
{
    public const string Prefix = "reservation:";

    public const string Confirm = "reservations.confirm";
    public const string NewRequest = "reservations.new";
    public const string Reminder = "reservations.reminder";
    public const string Accepted = "reservations.accepted";
    public const string Proposed = "reservations.proposed";
    public const string Declined = "reservations.declined";
    public const string ProposalTaken = "reservations.proposal-taken";
    public const string CancelledToShop = "reservations.cancelled";
    public const string PickedUp = "reservations.picked-up";
    public const string NotCollected = "reservations.not-collected";
    public const string Expired = "reservations.expired";

    /// <summary>A long address is replaced by its hash, so that the key stays within <see cref="OutgoingMail.KeyMaxLength"/>.</summary>
    public static string Key(int reservationId, string kind, string discriminator, string recipient)
    {
        var key = $"{Prefix}{reservationId}:{kind}:{discriminator}:{recipient.ToLowerInvariant()}";
        return key.Length <= OutgoingMail.KeyMaxLength
            ? key
            : $"{Prefix}{reservationId}:{kind}:{discriminator}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.ToLowerInvariant())))}";
    }
}
