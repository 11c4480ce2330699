using System.Globalization;
using Liaison.Data;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Touchpoints;

// Validation of a touchpoint save: what it will link, the owning desk, the rights and the follow-up task.
public static partial class TouchpointEditor
{
    /// <summary>What the save will link, after validation: the ids in order, the owning desk and the task to create.</summary>
    private sealed record Links(
        List<int> PersonIds, List<int> OrganizationIds, List<string> ParticipantIds, int? CountryId, int? DeskId, TaskItem? Task);

    /// <summary>The stored links; <c>Hidden*</c> are those the editor cannot see, which a save keeps untouched.</summary>
    private sealed record StoredLinks(
        List<int> PersonIds, List<int> OrganizationIds, List<string> ParticipantIds, List<int> HiddenPersonIds, List<int> HiddenOrganizationIds);

    private static async Task<StoredLinks> StoredLinksAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var people = await db.TouchpointPeople.IgnoreQueryFilters().Where(x => x.TouchpointId == id).Select(x => x.PersonId).ToListAsync(ct);
        var organizations = await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => x.TouchpointId == id).Select(x => x.OrganizationId).ToListAsync(ct);
        var participants = await db.TouchpointParticipants.IgnoreQueryFilters().Where(x => x.TouchpointId == id).Select(x => x.UserId).ToListAsync(ct);
        var visiblePeople = await db.People.Where(p => people.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        var visibleOrganizations = await db.Organizations.Where(o => organizations.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        return new StoredLinks(people, organizations, participants,
            people.Except(visiblePeople).ToList(), organizations.Except(visibleOrganizations).ToList());
    }

    private static async Task<(Dictionary<string, string[]> Errors, Links Links)> ValidateAsync(
        LiaisonDbContext db, TouchpointInput input, StoredLinks? kept, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(input);
        if (input.Task is not null)
        {
            foreach (var (key, messages) in RequestValidation.Validate(input.Task))
            {
                errors[$"{nameof(input.Task)}.{key}"] = messages;
            }
        }

        if (string.IsNullOrWhiteSpace(input.Subject) && !errors.ContainsKey(nameof(input.Subject)))
        {
            errors.Add(nameof(input.Subject), "The subject is required.");
        }

        var on = input.On ?? Clock.Today;
        if (on > Clock.Today.AddDays(MaxDaysAhead))
        {
            errors.Add(nameof(input.On), "A touchpoint records something that happened: its date cannot be in the future.");
        }
        else if (on < Earliest)
        {
            errors.Add(nameof(input.On), "The date is too far in the past.");
        }

        if (!Enum.IsDefined(input.Channel))
        {
            errors.Add(nameof(input.Channel), "Unknown channel.");
        }

        if (!Enum.IsDefined(input.Classification))
        {
            errors.Add(nameof(input.Classification), "Unknown classification.");
        }
        else if (!db.Scope.CanClassify(input.Classification))
        {
            errors.Add(nameof(input.Classification), "You cannot classify a record above your own clearance.");
        }

        // People and organizations: only those the user can see; hidden ones already linked are kept as they are.
        var personIds = (input.PersonIds ?? []).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.CountryId, DeskId = p.Country!.DeskId }).ToListAsync(ct);
        var unknownPeople = personIds.Where(id => people.All(p => p.Id != id)).ToList();
        if (unknownPeople.Count > 0)
        {
            errors.Add(nameof(input.PersonIds), "Some of the people were not found: they do not exist or you cannot see them.");
        }

        var organizationIds = (input.OrganizationIds ?? []).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.CountryId, DeskId = o.Country!.DeskId }).ToListAsync(ct);
        var unknownOrganizations = organizationIds.Where(id => organizations.All(o => o.Id != id)).ToList();
        if (unknownOrganizations.Count > 0)
        {
            errors.Add(nameof(input.OrganizationIds), "Some of the organizations were not found: they do not exist or you cannot see them.");
        }

        personIds = personIds.Where(id => people.Any(p => p.Id == id)).Concat(kept?.HiddenPersonIds ?? []).Distinct().ToList();
        organizationIds = organizationIds.Where(id => organizations.Any(o => o.Id == id)).Concat(kept?.HiddenOrganizationIds ?? []).Distinct().ToList();
        (int Id, int? DeskId)? country = null;
        if (!string.IsNullOrWhiteSpace(input.CountryIso3) && !errors.ContainsKey(nameof(input.CountryIso3)))
        {
            var code = input.CountryIso3.Trim().ToUpperInvariant();
            var found = await db.Countries.AsNoTracking().Where(c => c.Iso3 == code).Select(c => new { c.Id, c.DeskId }).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                errors.Add(nameof(input.CountryIso3), "Unknown country code.");
            }
            else
            {
                country = (found.Id, found.DeskId);
            }
        }

        if (personIds.Count == 0 && organizationIds.Count == 0 && country is null
            && !errors.ContainsKey(nameof(input.PersonIds)) && !errors.ContainsKey(nameof(input.OrganizationIds)) && !errors.ContainsKey(nameof(input.CountryIso3)))
        {
            errors.Add(nameof(input.PersonIds), "Name at least one person or organization.");
        }

        // The owning desk: the first person's country, else the first organization's (in the order the user gave them),
        // else the country given.
        var firstPerson = (input.PersonIds ?? []).Select(id => people.FirstOrDefault(p => p.Id == id)).FirstOrDefault(p => p is not null);
        var firstOrganization = (input.OrganizationIds ?? []).Select(id => organizations.FirstOrDefault(o => o.Id == id)).FirstOrDefault(o => o is not null);
        var (countryId, deskId) = firstPerson?.CountryId is not null ? (firstPerson.CountryId, firstPerson.DeskId)
            : firstOrganization?.CountryId is not null ? (firstOrganization.CountryId, firstOrganization.DeskId)
            : (null, null);
        if (countryId is null && (kept?.HiddenPersonIds.Count > 0 || kept?.HiddenOrganizationIds.Count > 0))
        {
            (countryId, deskId) = await HiddenOwnerAsync(db, kept!, ct);
        }

        if (countryId is null && country is { } given)
        {
            (countryId, deskId) = (given.Id, given.DeskId);
        }

        // Our side: the current user unless someone else is named; every participant must be an enabled user.
        var participantIds = (input.ParticipantIds ?? (db.Scope.UserId is { } me ? [me] : [])).Where(u => !string.IsNullOrWhiteSpace(u)).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Users.AsNoTracking().Where(u => participantIds.Contains(u.Id) && !u.IsDisabled).Select(u => u.Id).ToListAsync(ct);
        var keptParticipants = kept?.ParticipantIds ?? [];
        if (participantIds.Any(u => !known.Contains(u) && !keptParticipants.Contains(u)))
        {
            errors.Add(nameof(input.ParticipantIds), "One of our participants is not a user of Liaison.");
        }

        TaskItem? task = null;
        if (input.Task is { } t && (!string.IsNullOrWhiteSpace(t.Title) || t.DueOn is not null || !string.IsNullOrWhiteSpace(t.OwnerId)))
        {
            var title = !string.IsNullOrWhiteSpace(t.Title) ? t.Title
                : FirstLine(input.FollowUp) ?? (string.IsNullOrWhiteSpace(input.Subject) ? null : $"Follow up: {input.Subject}");
            var owner = string.IsNullOrWhiteSpace(t.OwnerId) ? db.Scope.UserId : t.OwnerId;
            var due = t.DueOn ?? Clock.Today.AddDays(7);
            if (title is null)
            {
                errors.Add($"{nameof(input.Task)}.{nameof(t.Title)}", "The follow-up task needs a title.");
            }

            if (owner is null || !await db.Users.AnyAsync(u => u.Id == owner && !u.IsDisabled, ct))
            {
                errors.Add($"{nameof(input.Task)}.{nameof(t.OwnerId)}", "The task's owner is not a user of Liaison.");
            }

            if (due < Clock.Today.AddYears(-1) || due > Clock.Today.AddYears(10))
            {
                errors.Add($"{nameof(input.Task)}.{nameof(t.DueOn)}", "The due date is not plausible.");
            }

            task = new TaskItem { Title = Truncate(title ?? "", 300), OwnerId = owner ?? "", DueOn = due };
        }

        return (errors, new Links(personIds, organizationIds, participantIds, countryId, deskId, task));
    }

    private static async Task<(int? CountryId, int? DeskId)> HiddenOwnerAsync(LiaisonDbContext db, StoredLinks kept, CancellationToken ct)
    {
        var person = await db.People.IgnoreQueryFilters().Where(p => kept.HiddenPersonIds.Contains(p.Id) && p.CountryId != null)
            .OrderBy(p => p.Id).Select(p => new { p.CountryId, p.Country!.DeskId }).FirstOrDefaultAsync(ct);
        if (person is not null)
        {
            return (person.CountryId, person.DeskId);
        }

        var org = await db.Organizations.IgnoreQueryFilters().Where(o => kept.HiddenOrganizationIds.Contains(o.Id) && o.CountryId != null)
            .OrderBy(o => o.Id).Select(o => new { o.CountryId, o.Country!.DeskId }).FirstOrDefaultAsync(ct);
        return (org?.CountryId, org?.DeskId);
    }
}
