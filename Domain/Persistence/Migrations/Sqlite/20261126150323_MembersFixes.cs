using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HalloBot.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MembersFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A database from before this rule may hold several pending requests of one member for one listing (a
            // double click): the oldest stays pending, the later ones count as taken back, so the index can be built.
            migrationBuilder.Sql("UPDATE \"ListingRequests\" SET \"Status\" = 'Withdrawn', \"DecidedAt\" = strftime('%Y-%m-%d %H:%M:%S', 'now') WHERE \"Status\" = 'Pending' AND EXISTS (SELECT 1 FROM \"ListingRequests\" AS \"Older\" WHERE \"Older\".\"Status\" = 'Pending' AND \"Older\".\"ListingId\" = \"ListingRequests\".\"ListingId\" AND \"Older\".\"MemberId\" = \"ListingRequests\".\"MemberId\" AND \"Older\".\"Id\" < \"ListingRequests\".\"Id\");");

            migrationBuilder.CreateIndex(
                name: "IX_ListingRequests_OnePendingPerMember",
                table: "ListingRequests",
                columns: new[] { "ListingId", "MemberId" },
                unique: true,
                filter: "\"Status\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ListingRequests_OnePendingPerMember",
                table: "ListingRequests");
        }
    }
}
