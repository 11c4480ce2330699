using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Touchpoints;

/// <summary>
/// The chronological stream (touchpoints, positions, standings…) of a person, an organization or a country, filterable by
/// kind, with a "Log a touchpoint" button prefilled for that record.
/// </summary>
[ViewComponent(Name = "Timeline")]
public sealed class TimelineViewComponent : ViewComponent
{
    public Task<IViewComponentResult> InvokeAsync(int? personId = null, int? organizationId = null, int? countryId = null) =>
        Task.FromResult<IViewComponentResult>(Content(""));
}
