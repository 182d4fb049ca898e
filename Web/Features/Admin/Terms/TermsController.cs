using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Admin.Terms;

/// <summary>The pages shared by categories and districts; each subclass names its path and service.</summary>
[Area(AdminExtensions.Area)]
[Authorize(Policy = Policies.Staff)]
public abstract class TermsController<TTerm>(TermAdministration<TTerm> terms, IStringLocalizer<SharedResource> t) : Controller
    where TTerm : class
{
    protected abstract TermKind Kind { get; }

    protected abstract int NameMaxLength { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Terms/Index", new TermListModel(Kind, await terms.ListAsync(cancellationToken)));

    [HttpPost("")]
    public async Task<IActionResult> Create([FromForm(Name = "name")] string? name, CancellationToken cancellationToken)
    {
        var result = await terms.CreateAsync(name, cancellationToken);
        if (result.Succeeded)
        {
            return Done(t["Admin.Terms.Created", result.Other ?? ""], Kind.AdminPath);
        }

        return View("Terms/Index", new TermListModel(Kind, await terms.ListAsync(cancellationToken))
        {
            NewName = name,
            Error = TermMessages.Problem(t, Kind, result, NameMaxLength),
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await PageAsync(id, m => m, cancellationToken);

    [HttpPost("{id:int}/umbenennen")]
    public async Task<IActionResult> Rename(int id, [FromForm(Name = "name")] string? name, CancellationToken cancellationToken)
    {
        var result = await terms.RenameAsync(id, name, cancellationToken);
        return result.Problem switch
        {
            TermProblem.None => Done(t["Admin.Terms.Renamed", result.Other ?? ""], $"{Kind.AdminPath}/{id}"),
            TermProblem.NotFound => NotFound(),
            _ => await PageAsync(id, m => m with { NewName = name, RenameError = TermMessages.Problem(t, Kind, result, NameMaxLength) }, cancellationToken),
        };
    }

    [HttpPost("{id:int}/zusammenfuehren")]
    public async Task<IActionResult> Merge(int id, [FromForm(Name = "ziel")] int? intoId, CancellationToken cancellationToken)
    {
        var result = await terms.MergeAsync(id, intoId, cancellationToken);
        return result.Problem switch
        {
            TermProblem.None => Done(t["Admin.Terms.Merged", result.Count, result.Other ?? ""], Kind.AdminPath),
            TermProblem.NotFound => NotFound(),
            _ => await PageAsync(id, m => m with { MergeError = TermMessages.Problem(t, Kind, result, NameMaxLength) }, cancellationToken),
        };
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var result = await terms.DeleteAsync(id, cancellationToken);
        return result.Problem switch
        {
            TermProblem.None => Done(t["Admin.Terms.Deleted", result.Other ?? ""], Kind.AdminPath),
            TermProblem.NotFound => NotFound(),
            _ => await PageAsync(id, m => m with { DeleteError = TermMessages.Problem(t, Kind, result, NameMaxLength) }, cancellationToken),
        };
    }

    private async Task<IActionResult> PageAsync(int id, Func<TermPageModel, TermPageModel> with, CancellationToken cancellationToken)
    {
        var all = await terms.ListAsync(cancellationToken);
        var term = all.FirstOrDefault(r => r.Id == id);
        return term is null
            ? NotFound()
            : View("Terms/Show", with(new TermPageModel(Kind, term, all.Where(r => r.Id != id).ToList())));
    }

    private RedirectResult Done(string notice, string path)
    {
        TempData[AdminNotice.Key] = notice;
        return Redirect(path);
    }
}
