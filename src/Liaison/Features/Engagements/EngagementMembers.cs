using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>
/// The visiting delegation and our hosts: adding, changing and removing members (people records) with role and rank.
/// The people counts follow by themselves (<see cref="EngagementCounts"/>); a completed engagement's touchpoint is re-synced.
/// </summary>
public static class EngagementMembers
{
    public const string AlreadyMember = "This person is already taking part in this engagement.";

    public static async Task<EditResult> AddAsync(LiaisonDbContext db, int engagementId, MemberInput input, CancellationToken ct = default)
    {
        var header = await EngagementAccess.FindAsync(db, engagementId, ct);
        if (EngagementResults.Guard(header) is { } refused)
        {
            return refused;
        }

        var errors = await ValidateAsync(db, engagementId, memberId: null, input, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var rank = input.Rank ?? 1 + (await db.EngagementMembers.IgnoreQueryFilters()
            .Where(m => m.EngagementId == engagementId && m.Side == input.Side).MaxAsync(m => (int?)m.Rank, ct) ?? 0);
        var member = new EngagementMember { EngagementId = engagementId };
        Apply(member, input, rank);
        db.EngagementMembers.Add(member);
        return await SaveAsync(db, header!, member, ct);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int engagementId, int memberId, MemberInput input, CancellationToken ct = default)
    {
        var header = await EngagementAccess.FindAsync(db, engagementId, ct);
        if (EngagementResults.Guard(header) is { } refused)
        {
            return refused;
        }

        var member = await db.EngagementMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.EngagementId == engagementId, ct);
        if (member is null)
        {
            return new EditResult.NotFound();
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var errors = await ValidateAsync(db, engagementId, memberId, input, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (member.Version != input.Version)
        {
            return new EditResult.Conflict(new ConflictDetails(ChangedTitle, member.Version, []));
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = input.Version.Value;
        Apply(member, input, input.Rank ?? member.Rank);
        return await SaveAsync(db, header!, member, ct);
    }

    public static async Task<EditResult> RemoveAsync(LiaisonDbContext db, int engagementId, int memberId, int? version, CancellationToken ct = default)
    {
        var header = await EngagementAccess.FindAsync(db, engagementId, ct);
        if (EngagementResults.Guard(header) is { } refused)
        {
            return refused;
        }

        var member = await db.EngagementMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.EngagementId == engagementId, ct);
        if (member is null)
        {
            return new EditResult.NotFound();
        }

        if (version is int v && v != member.Version)
        {
            return new EditResult.Conflict(new ConflictDetails(ChangedTitle, member.Version, []));
        }

        db.EngagementMembers.Remove(member);
        return await SaveAsync(db, header!, member, ct);
    }

    public const string ChangedTitle = "This member was changed by someone else after you opened it.";

    private static async Task<EditResult> SaveAsync(LiaisonDbContext db, EngagementHeader header, EngagementMember member, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var current = await db.EngagementMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == member.Id, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(new ConflictDetails(ChangedTitle, current.Version, []));
        }
        catch (DbUpdateException)
        {
            // Two people adding the same person at once: the unique index decides.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return EditResult.Error(nameof(MemberInput.PersonId), AlreadyMember);
        }

        if (header.Status == EngagementStatus.Completed)
        {
            await EngagementTouchpoint.SyncAsync(db, header.Id, ct);
        }

        await transaction.CommitAsync(ct);
        return new EditResult.Saved(member.Id, member.Version);
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(
        LiaisonDbContext db, int engagementId, int? memberId, MemberInput input, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(input);
        if (!Enum.IsDefined(input.Side))
        {
            errors.Add(nameof(input.Side), "Unknown side.");
        }

        if (!Enum.IsDefined(input.Role))
        {
            errors.Add(nameof(input.Role), "Unknown role.");
        }

        if (input.PersonId > 0 && !errors.ContainsKey(nameof(input.PersonId)))
        {
            if (!await db.People.AnyAsync(p => p.Id == input.PersonId, ct))
            {
                errors.Add(nameof(input.PersonId), "The person was not found: they do not exist or you cannot see them.");
            }
            else if (await db.EngagementMembers.IgnoreQueryFilters()
                         .AnyAsync(m => m.EngagementId == engagementId && m.PersonId == input.PersonId && m.Id != (memberId ?? 0), ct))
            {
                errors.Add(nameof(input.PersonId), AlreadyMember);
            }
        }

        if (input.Role == DelegationRole.Head && await db.EngagementMembers.IgnoreQueryFilters()
                .AnyAsync(m => m.EngagementId == engagementId && m.Side == input.Side && m.Role == DelegationRole.Head && m.Id != (memberId ?? 0), ct))
        {
            errors.Add(nameof(input.Role), "This side already has a head.");
        }

        return errors;
    }

    private static void Apply(EngagementMember member, MemberInput input, int rank)
    {
        member.PersonId = input.PersonId;
        member.Side = input.Side;
        member.Role = input.Role;
        member.Rank = rank;
        member.Title = EngagementEditor.Clean(input.Title);
        member.Languages = EngagementEditor.Clean(input.Languages);
        member.Notes = EngagementEditor.Clean(input.Notes);
    }
}
