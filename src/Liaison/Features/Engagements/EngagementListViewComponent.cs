using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements;

/// <summary>The engagements a person, an organization or a country took part in, on their pages.</summary>
[ViewComponent(Name = "EngagementList")]
public sealed class EngagementListViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(int? personId = null, int? organizationId = null, int? countryId = null) => Content("");
}
