using HalloBot.Domain.Districts;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Admin.Terms;

public sealed class DistrictAdministration(HalloBotDbContext db, TimeProvider timeProvider) : TermAdministration<District>(db)
{
    protected override int NameMaxLength => District.NameMaxLength;

    protected override IQueryable<TermRow> Rows() =>
        Db.Districts.Select(d => new TermRow
        {
            Id = d.Id,
            Name = d.Name,
            Slug = d.Slug,
            Listings = Db.Listings.Count(l => l.DistrictId == d.Id),
        });

    protected override District Create(string name) => new(name);

    protected override Task<int> CountListingsAsync(int id, CancellationToken cancellationToken) =>
        Db.Listings.CountAsync(l => l.DistrictId == id, cancellationToken);

    protected override async Task<int> MoveListingsAsync(District source, District target, CancellationToken cancellationToken)
    {
        var listings = await Db.Listings.Where(l => l.DistrictId == source.Id).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var listing in listings)
        {
            listing.SetDistrict(target);
            listing.Touch(now);
        }

        return listings.Count;
    }
}
