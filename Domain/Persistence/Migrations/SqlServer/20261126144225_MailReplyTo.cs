using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HalloBot.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MailReplyTo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReplyTo",
                table: "OutgoingMails",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReplyTo",
                table: "OutgoingMails");
        }
    }
}
