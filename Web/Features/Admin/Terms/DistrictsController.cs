using HalloBot.Domain.Districts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Admin.Terms;

[Route("verwaltung/stadtteile")]
public sealed class DistrictsController(DistrictAdministration districts, IStringLocalizer<SharedResource> t)
    : TermsController<District>(districts, t)
{
    protected override TermKind Kind => TermKind.District;

    protected override int NameMaxLength => District.NameMaxLength;
}
