using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>The logistics section of an engagement's page.</summary>
[ViewComponent(Name = "EngagementLogistics")]
public sealed class LogisticsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(int engagementId) => Content("");
}
