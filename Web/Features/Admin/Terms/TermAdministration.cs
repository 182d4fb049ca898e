using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Admin.Terms;

/// <summary>
/// What staff do with categories and districts alike: list, create, rename, merge, delete. A rename goes
/// through the change tracker so that the outbox sees it and the index follows; the subclasses know how
/// listings refer to their kind of term.
/// </summary>
public abstract class TermAdministration<TTerm>(HalloBotDbContext db)
    where TTerm : class
{
    protected HalloBotDbContext Db => db;

    protected abstract int NameMaxLength { get; }

    public async Task<IReadOnlyList<TermRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await Rows().ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, GermanCollation.Comparer).ToList();
    }

    public Task<TermRow?> FindAsync(int id, CancellationToken cancellationToken) =>
        Rows().Where(r => r.Id == id).SingleOrDefaultAsync(cancellationToken);

    public async Task<TermResult> CreateAsync(string? name, CancellationToken cancellationToken)
    {
        var clean = name?.Trim() ?? "";
        var problem = await CheckNameAsync(clean, exceptId: null, cancellationToken);
        if (!problem.Succeeded)
        {
            return problem;
        }

        db.Add(Create(clean));
        return await SaveAsync(clean, cancellationToken);
    }

    /// <summary>Renames the term; its slug follows the name.</summary>
    public async Task<TermResult> RenameAsync(int id, string? name, CancellationToken cancellationToken)
    {
        var term = await db.Set<TTerm>().FindAsync([id], cancellationToken);
        if (term is null)
        {
            return new TermResult(TermProblem.NotFound);
        }

        var clean = name?.Trim() ?? "";
        var problem = await CheckNameAsync(clean, id, cancellationToken);
        if (!problem.Succeeded)
        {
            return problem;
        }

        // The domain type has no rename of its own; set through the tracker, so that the outbox sees a modified
        // name and slug and re-indexes every listing that carries them.
        var entry = db.Entry(term);
        entry.Property<string>("Name").CurrentValue = clean;
        entry.Property<string>("Slug").CurrentValue = Slug.From(clean);
        return await SaveAsync(clean, cancellationToken);
    }

    /// <summary>Moves every listing of term <paramref name="id"/> to <paramref name="intoId"/> and deletes it, in one transaction.</summary>
    public async Task<TermResult> MergeAsync(int id, int? intoId, CancellationToken cancellationToken)
    {
        var source = await db.Set<TTerm>().FindAsync([id], cancellationToken);
        if (source is null)
        {
            return new TermResult(TermProblem.NotFound);
        }

        if (intoId == id)
        {
            return new TermResult(TermProblem.MergeIntoItself);
        }

        var target = intoId is { } targetId ? await db.Set<TTerm>().FindAsync([targetId], cancellationToken) : null;
        if (target is null)
        {
            return new TermResult(TermProblem.MergeTargetMissing);
        }

        var moved = await MoveListingsAsync(source, target, cancellationToken);
        db.Remove(source);

        // One save is one transaction (the outbox rows for the moved listings included).
        await db.SaveChangesAsync(cancellationToken);
        return new TermResult(TermProblem.None, NameOf(target), moved);
    }

    /// <summary>Deletes a term that no listing uses; one in use stays, with the number of its listings.</summary>
    public async Task<TermResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var term = await db.Set<TTerm>().FindAsync([id], cancellationToken);
        if (term is null)
        {
            return new TermResult(TermProblem.NotFound);
        }

        var used = await CountListingsAsync(id, cancellationToken);
        if (used > 0)
        {
            return new TermResult(TermProblem.InUse, NameOf(term), used);
        }

        db.Remove(term);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A listing took the term between the count and the delete; the foreign key kept it.
            db.ChangeTracker.Clear();
            return new TermResult(TermProblem.InUse, NameOf(term), await CountListingsAsync(id, cancellationToken));
        }

        return new TermResult(TermProblem.None, NameOf(term));
    }

    protected abstract IQueryable<TermRow> Rows();

    protected abstract TTerm Create(string name);

    protected abstract Task<int> CountListingsAsync(int id, CancellationToken cancellationToken);

    /// <summary>Points every listing of <paramref name="source"/> at <paramref name="target"/> (tracked, not saved); returns how many.</summary>
    protected abstract Task<int> MoveListingsAsync(TTerm source, TTerm target, CancellationToken cancellationToken);

    private string NameOf(TTerm term) => db.Entry(term).Property<string>("Name").CurrentValue;

    private async Task<TermResult> CheckNameAsync(string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return new TermResult(TermProblem.NameRequired);
        }

        if (name.Length > NameMaxLength)
        {
            return new TermResult(TermProblem.NameTooLong, Count: name.Length);
        }

        if (!name.Any(char.IsLetterOrDigit))
        {
            return new TermResult(TermProblem.NameWithoutLetters);
        }

        // Few enough to compare here, ignoring case as residents and the importer do ("cafe" is "Café"'s slug).
        var slug = Slug.From(name);
        var others = await Rows().Where(r => r.Id != exceptId).Select(r => new { r.Name, r.Slug }).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)) is { } sameName)
        {
            return new TermResult(TermProblem.NameTaken, sameName.Name);
        }

        return others.FirstOrDefault(o => o.Slug == slug) is { } sameSlug
            ? new TermResult(TermProblem.SlugTaken, sameSlug.Name)
            : TermResult.Done;
    }

    private async Task<TermResult> SaveAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new TermResult(TermProblem.None, name);
        }
        catch (DbUpdateException)
        {
            // Another staff member took the name or slug since the check: the unique index refused it.
            db.ChangeTracker.Clear();
            return new TermResult(TermProblem.NameTaken, name);
        }
    }
}
