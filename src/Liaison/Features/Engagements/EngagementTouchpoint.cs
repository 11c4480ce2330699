using System.Globalization;
using Liaison.Data;
using Liaison.Features.Touchpoints;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>
/// How a completed engagement reaches the timelines: exactly one touchpoint with <see cref="Touchpoint.EngagementId"/> set,
/// kept in step with the engagement (its members, counterpart organizations, title, classification and desk).
/// System code: it reads and writes every row regardless of who is asking, after the caller's rights were checked.
/// </summary>
public static class EngagementTouchpoint
{
    public static TouchpointChannel ChannelFor(EngagementKind kind) => kind switch
    {
        EngagementKind.VideoMeeting => TouchpointChannel.VideoCall,
        EngagementKind.Reception => TouchpointChannel.Reception,
        _ => TouchpointChannel.Meeting,
    };

    /// <summary>Creates or refreshes the touchpoint of a completed engagement, then the people's and organizations' dates.</summary>
    public static async Task SyncAsync(LiaisonDbContext db, int engagementId, CancellationToken ct = default)
    {
        var e = await db.Engagements.IgnoreQueryFilters().AsNoTracking().FirstAsync(x => x.Id == engagementId, ct);
        var personIds = await db.EngagementMembers.IgnoreQueryFilters().Where(m => m.EngagementId == engagementId)
            .Select(m => m.PersonId).Distinct().ToListAsync(ct);
        var organizationIds = await db.EngagementOrganizations.IgnoreQueryFilters().Where(o => o.EngagementId == engagementId)
            .Select(o => o.OrganizationId).ToListAsync(ct);

        var touchpoint = await db.Touchpoints.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.EngagementId == engagementId, ct);
        var now = Clock.UtcNow;
        List<int> oldPeople = [], oldOrganizations = [];
        List<string> oldParticipants = [];
        if (touchpoint is null)
        {
            touchpoint = new Touchpoint { EngagementId = engagementId, CreatedById = db.Scope.UserId, CreatedAt = now };
            db.Touchpoints.Add(touchpoint);
        }
        else
        {
            oldPeople = await db.TouchpointPeople.IgnoreQueryFilters().Where(x => x.TouchpointId == touchpoint.Id).Select(x => x.PersonId).ToListAsync(ct);
            oldOrganizations = await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => x.TouchpointId == touchpoint.Id).Select(x => x.OrganizationId).ToListAsync(ct);
            oldParticipants = await db.TouchpointParticipants.IgnoreQueryFilters().Where(x => x.TouchpointId == touchpoint.Id).Select(x => x.UserId).ToListAsync(ct);
        }

        touchpoint.On = e.EndsOn < Clock.Today ? e.EndsOn : Clock.Today;
        touchpoint.Channel = ChannelFor(e.Kind);
        touchpoint.Subject = e.Title;
        touchpoint.Summary = SummaryFor(e);
        touchpoint.Classification = e.Classification;
        touchpoint.CountryId = e.CountryId;
        touchpoint.UpdatedAt = now;
        if (touchpoint.Id == 0)
        {
            touchpoint.People.AddRange(personIds.Select(p => new TouchpointPerson { PersonId = p }));
            touchpoint.Organizations.AddRange(organizationIds.Select(o => new TouchpointOrganization { OrganizationId = o }));
            if (e.OwnerId is { } owner)
            {
                touchpoint.Participants.Add(new TouchpointParticipant { UserId = owner });
            }
        }
        else
        {
            var id = touchpoint.Id;
            db.TouchpointPeople.RemoveRange(oldPeople.Except(personIds).Select(p => new TouchpointPerson { TouchpointId = id, PersonId = p }));
            db.TouchpointPeople.AddRange(personIds.Except(oldPeople).Select(p => new TouchpointPerson { TouchpointId = id, PersonId = p }));
            db.TouchpointOrganizations.RemoveRange(oldOrganizations.Except(organizationIds).Select(o => new TouchpointOrganization { TouchpointId = id, OrganizationId = o }));
            db.TouchpointOrganizations.AddRange(organizationIds.Except(oldOrganizations).Select(o => new TouchpointOrganization { TouchpointId = id, OrganizationId = o }));
            List<string> participants = e.OwnerId is { } owner ? [owner] : [];
            db.TouchpointParticipants.RemoveRange(oldParticipants.Except(participants).Select(u => new TouchpointParticipant { TouchpointId = id, UserId = u }));
            db.TouchpointParticipants.AddRange(participants.Except(oldParticipants).Select(u => new TouchpointParticipant { TouchpointId = id, UserId = u }));
        }

        await db.SaveChangesAsync(ct);
        await TouchpointDates.RefreshAsync(db, personIds.Concat(oldPeople), organizationIds.Concat(oldOrganizations), ct);
    }

    /// <summary>Marks the engagement's touchpoint and its links for deletion; returns who was on it, to refresh their dates after the save.</summary>
    public static async Task<(List<int> PersonIds, List<int> OrganizationIds)> RemoveAsync(LiaisonDbContext db, int engagementId, CancellationToken ct)
    {
        var touchpoint = await db.Touchpoints.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.EngagementId == engagementId, ct);
        if (touchpoint is null)
        {
            return ([], []);
        }

        var people = await db.TouchpointPeople.IgnoreQueryFilters().Where(x => x.TouchpointId == touchpoint.Id).ToListAsync(ct);
        var organizations = await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => x.TouchpointId == touchpoint.Id).ToListAsync(ct);
        db.TouchpointPeople.RemoveRange(people);
        db.TouchpointOrganizations.RemoveRange(organizations);
        db.TouchpointParticipants.RemoveRange(await db.TouchpointParticipants.IgnoreQueryFilters().Where(x => x.TouchpointId == touchpoint.Id).ToListAsync(ct));
        foreach (var task in await db.Tasks.IgnoreQueryFilters().Where(x => x.TouchpointId == touchpoint.Id).ToListAsync(ct))
        {
            task.TouchpointId = null;
        }

        db.Touchpoints.Remove(touchpoint);
        return (people.Select(p => p.PersonId).ToList(), organizations.Select(o => o.OrganizationId).ToList());
    }

    // Stored text, so in English whatever the language of the user who completed it; no links (it is plain Markdown).
    internal static string SummaryFor(Engagement e)
    {
        var days = e.StartsOn == e.EndsOn ? Iso(e.StartsOn) : $"{Iso(e.StartsOn)} – {Iso(e.EndsOn)}";
        var where = e.Location is null ? "" : $", {e.Location}";
        return $"{EnumText.English(e.Kind)}, {days}{where}. Recorded from the engagement when it was completed.";

        static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
