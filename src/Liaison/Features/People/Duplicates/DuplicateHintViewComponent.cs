using Liaison.Data;
using Liaison.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People.Duplicates;

/// <summary>On a person's page: the probable duplicates of this person, with a link to compare and merge.</summary>
[ViewComponent(Name = "DuplicateHint")]
public sealed class DuplicateHintViewComponent(LiaisonDbContext db, DuplicateFinder finder) : ViewComponent
{
    public const int Shown = 3;

    /// <summary>The person page passes what it already read (classification, desk), so the hint adds only the key lookup.</summary>
    public async Task<IViewComponentResult> InvokeAsync(int personId, Classification classification, int? deskId, bool hasCountry)
    {
        // Only those who could merge are told; the check reads this person's keys alone (cheap on every page view).
        if (!db.Scope.CanEdit(classification, deskId, hasCountry))
        {
            return Content("");
        }

        var matches = await finder.KeyMatchesOfAsync(personId, Shown + 1, HttpContext.RequestAborted);
        return matches.Count == 0
            ? Content("")
            : View("/Features/People/Duplicates/_DuplicateHint.cshtml", new DuplicateHintModel(personId, matches));
    }
}

public sealed record DuplicateHintModel(int PersonId, IReadOnlyList<PersonRef> Matches);
