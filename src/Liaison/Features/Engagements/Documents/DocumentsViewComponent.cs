using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Documents;

/// <summary>The documents section of an engagement's page.</summary>
[ViewComponent(Name = "EngagementDocuments")]
public sealed class DocumentsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(int engagementId) => Content("");
}
