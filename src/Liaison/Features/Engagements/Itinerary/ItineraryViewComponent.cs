using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>The itinerary section of an engagement's page.</summary>
[ViewComponent(Name = "EngagementItinerary")]
public sealed class ItineraryViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(int engagementId) => Content("");
}
