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

    public async Task<IViewComponentResult> InvokeAsync(int personId)
    {
        // Only those who could merge are told; the check reads this person's keys alone (cheap on every page view).
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Classification, p.CountryId, DeskId = (int?)p.Country!.DeskId }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (person is null || !db.Scope.CanEdit(person.Classification, person.DeskId, person.CountryId is not null))
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
