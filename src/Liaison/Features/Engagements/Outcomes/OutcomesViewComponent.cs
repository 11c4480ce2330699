using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Outcomes;

/// <summary>The outcomes section of an engagement's page.</summary>
[ViewComponent(Name = "EngagementOutcomes")]
public sealed class OutcomesViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(int engagementId) => Content("");
}
