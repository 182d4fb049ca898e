using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>The categories and districts a listing can be given: the office keeps these lists, businesses choose from them.</summary>
public sealed record ListingFormChoices(IReadOnlyList<ListingFormChoice> Categories, IReadOnlyList<ListingFormChoice> Districts)
{
    public string? CategoryName(int id) => Categories.FirstOrDefault(c => c.Id == id)?.Name;

    public static async Task<ListingFormChoices> LoadAsync(HalloBotDbContext db, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().Select(c => new ListingFormChoice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking().Select(d => new ListingFormChoice(d.Id, d.Name)).ToListAsync(cancellationToken);
        return new ListingFormChoices(
            [.. categories.OrderBy(c => c.Name, GermanCollation.Comparer)],
            [.. districts.OrderBy(d => d.Name, GermanCollation.Comparer)]);
    }
}

public sealed record ListingFormChoice(int Id, string Name);
