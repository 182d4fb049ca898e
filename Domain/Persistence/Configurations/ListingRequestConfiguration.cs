using HalloBot.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HalloBot.Domain.Persistence.Configurations;

internal sealed class ListingRequestConfiguration : IEntityTypeConfiguration<ListingRequest>
{
    public void Configure(EntityTypeBuilder<ListingRequest> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        // A decision saves only while the request is still pending: of two staff deciding at once, one wins.
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(r => r.Justification).HasMaxLength(ListingRequest.JustificationMaxLength).IsRequired();
        builder.Property(r => r.DecisionReason).HasMaxLength(ListingRequest.ReasonMaxLength);
        builder.Property(r => r.DecidedByMemberId).HasMaxLength(450);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        // One open request per member and listing, also when the same claim is sent twice at the same moment.
        // Double quotes name a column in SQLite and in SQL Server (QUOTED_IDENTIFIER is on for every SqlClient connection).
        // The filtered index does not serve the foreign key (deleting a listing finds its decided requests too).
        builder.HasIndex(r => r.ListingId);
        builder.HasIndex(r => new { r.ListingId, r.MemberId }).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_ListingRequests_OnePendingPerMember");
        builder.HasOne(r => r.Listing).WithMany().HasForeignKey(r => r.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
