using HalloBot.Domain.Categories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Admin.Terms;

[Route("verwaltung/kategorien")]
public sealed class CategoriesController(CategoryAdministration categories, IStringLocalizer<SharedResource> t)
    : TermsController<Category>(categories, t)
{
    protected override TermKind Kind => TermKind.Category;

    protected override int NameMaxLength => Category.NameMaxLength;
}
