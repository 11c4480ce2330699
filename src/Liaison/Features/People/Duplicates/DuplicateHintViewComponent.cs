using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.People.Duplicates;

/// <summary>On a person's page: the probable duplicates of this person, with a link to compare and merge.</summary>
[ViewComponent(Name = "DuplicateHint")]
public sealed class DuplicateHintViewComponent : ViewComponent
{
    public Task<IViewComponentResult> InvokeAsync(int personId) =>
        Task.FromResult<IViewComponentResult>(Content(""));
}
