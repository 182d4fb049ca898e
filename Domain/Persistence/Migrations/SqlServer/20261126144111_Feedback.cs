using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HalloBot.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Area = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ListingId = table.Column<int>(type: "int", nullable: false),
                    SenderMemberId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ShowBusiness = table.Column<bool>(type: "bit", nullable: false),
                    ScreenshotKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ScreenshotWidth = table.Column<int>(type: "int", nullable: true),
                    ScreenshotHeight = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PublicAnswer = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    StatusChangedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_FeedbackItems_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FeedbackId = table.Column<int>(type: "int", nullable: false),
                    ListingId = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackComments_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackComments_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "FeedbackFollowers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FeedbackId = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackFollowers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackFollowers_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FeedbackId = table.Column<int>(type: "int", nullable: false),
                    AuthorMemberId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackNotes_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FeedbackId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    StaffMemberId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    StaffName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackStatusChanges_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FeedbackId = table.Column<int>(type: "int", nullable: false),
                    ListingId = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackVotes_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackVotes_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackComments_FeedbackId",
                table: "FeedbackComments",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackComments_ListingId",
                table: "FeedbackComments",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFollowers_FeedbackId_MemberId",
                table: "FeedbackFollowers",
                columns: new[] { "FeedbackId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_ListingId",
                table: "FeedbackItems",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_MergedIntoId",
                table: "FeedbackItems",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_SenderMemberId",
                table: "FeedbackItems",
                column: "SenderMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_Status",
                table: "FeedbackItems",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackNotes_FeedbackId",
                table: "FeedbackNotes",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackStatusChanges_FeedbackId",
                table: "FeedbackStatusChanges",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackVotes_FeedbackId_ListingId",
                table: "FeedbackVotes",
                columns: new[] { "FeedbackId", "ListingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackVotes_ListingId",
                table: "FeedbackVotes",
                column: "ListingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackComments");

            migrationBuilder.DropTable(
                name: "FeedbackFollowers");

            migrationBuilder.DropTable(
                name: "FeedbackNotes");

            migrationBuilder.DropTable(
                name: "FeedbackStatusChanges");

            migrationBuilder.DropTable(
                name: "FeedbackVotes");

            migrationBuilder.DropTable(
                name: "FeedbackItems");
        }
    }
}
