using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

public sealed class MembershipInput
{
    /// <summary>The party international or regional organization the member belongs to.</summary>
    public int GroupId { get; set; }
    public MembershipStatus Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class LineageInput
{
    /// <summary>The organization this one became (this one is the predecessor).</summary>
    public int SuccessorId { get; set; }
    public LineageKind Kind { get; set; }
    public DateOnly? Date { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(2000, ErrorMessage = "The note must be at most {1} characters.")]
    public string? Note { get; set; }
}

/// <summary>Memberships (a party in a party international) and lineage (renamed, merged into, split from, succeeded by).</summary>
public static class LinksApi
{
    public static RouteGroupBuilder MapOrganizationLinks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations/{id:int}").WithTags("Organizations").RequireAuthorization(Policies.Reader);
        group.MapPost("/memberships", PostMembershipAsync).WithName("AddMembership").RequireAuthorization(Policies.Editor);
        group.MapDelete("/memberships/{membershipId:int}", RemoveMembershipAsync).WithName("DeleteMembership").RequireAuthorization(Policies.Editor);
        group.MapPost("/lineage", PostLineageAsync).WithName("AddLineage").RequireAuthorization(Policies.Editor);
        group.MapDelete("/lineage/{linkId:int}", RemoveLineageAsync).WithName("DeleteLineage").RequireAuthorization(Policies.Editor);
        return group;
    }

    public static async Task<EditResult> AddMembershipAsync(LiaisonDbContext db, int id, MembershipInput input, CancellationToken ct = default)
    {
        if (await EditableAsync(db, id, ct) is null)
        {
            return new EditResult.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var group = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == input.GroupId, ct);
        if (group is null)
        {
            errors.Add(nameof(input.GroupId), "The organization to join does not exist.");
        }
        else if (group.Id == id)
        {
            errors.Add(nameof(input.GroupId), "An organization cannot be a member of itself.");
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(nameof(input.Status), "Unknown membership status.");
        }

        if (await db.Memberships.AnyAsync(m => m.MemberId == id && m.GroupId == input.GroupId && (m.To == null || input.From == null || m.To > input.From), ct))
        {
            errors.Add(nameof(input.GroupId), "This membership is already recorded.");
        }

        if (input.From is { } f && input.To is { } t && t < f)
        {
            errors.Add(nameof(input.To), "The end date cannot be before the start date.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var membership = new Membership { MemberId = id, GroupId = input.GroupId, Status = input.Status, From = input.From, To = input.To };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(membership.Id, 0);
    }

    public static async Task<EditResult> AddLineageAsync(LiaisonDbContext db, int id, LineageInput input, CancellationToken ct = default)
    {
        if (await EditableAsync(db, id, ct) is null)
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (input.SuccessorId == id)
        {
            errors.Add(nameof(input.SuccessorId), "An organization cannot succeed itself.");
        }
        else if (await EditableAsync(db, input.SuccessorId, ct) is null)
        {
            errors.Add(nameof(input.SuccessorId), "The successor organization does not exist or is not one you may change.");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown kind of lineage.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var link = new LineageLink { PredecessorId = id, SuccessorId = input.SuccessorId, Kind = input.Kind, Date = input.Date, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note };
        db.LineageLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(link.Id, 0);
    }

    public static async Task<bool> DeleteMembershipAsync(LiaisonDbContext db, int id, int membershipId, CancellationToken ct = default)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && (m.MemberId == id || m.GroupId == id), ct);
        if (membership is null || await EditableAsync(db, membership.MemberId, ct) is null || await EditableAsync(db, membership.GroupId, ct) is null)
        {
            return false;
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<bool> DeleteLineageAsync(LiaisonDbContext db, int id, int linkId, CancellationToken ct = default)
    {
        var link = await db.LineageLinks.FirstOrDefaultAsync(l => l.Id == linkId && (l.PredecessorId == id || l.SuccessorId == id), ct);
        if (link is null || await EditableAsync(db, link.PredecessorId, ct) is null || await EditableAsync(db, link.SuccessorId, ct) is null)
        {
            return false;
        }

        db.LineageLinks.Remove(link);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static async Task<Organization?> EditableAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().Include(o => o.Country).FirstOrDefaultAsync(o => o.Id == id, ct);
        return org is not null && db.Scope.CanEdit(org.Classification, org.Country?.DeskId, org.CountryId is not null) ? org : null;
    }

    private static async Task<IResult> PostMembershipAsync(int id, MembershipInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await AddMembershipAsync(db, id, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/organizations/{id}", new { s.Id }));

    private static async Task<IResult> PostLineageAsync(int id, LineageInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await AddLineageAsync(db, id, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/organizations/{id}", new { s.Id }));

    private static async Task<Results<NoContent, NotFound>> RemoveMembershipAsync(int id, int membershipId, LiaisonDbContext db, CancellationToken ct) =>
        await DeleteMembershipAsync(db, id, membershipId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveLineageAsync(int id, int linkId, LiaisonDbContext db, CancellationToken ct) =>
        await DeleteLineageAsync(db, id, linkId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
