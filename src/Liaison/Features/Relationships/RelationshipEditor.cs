using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Relationships;

public static class RelationshipEditor
{
    // The lowest level, shown for an organization without a recorded relationship: read once per database and forgotten
    // whenever an administrator saves a level, so the organization page does not spend a statement of its own on it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LevelDto> LowestLevels = new(StringComparer.Ordinal);
    private static int _levelsVersion;

    /// <summary>Called when a level is saved: the lowest level is read again next time.</summary>
    public static void ForgetLevels()
    {
        Interlocked.Increment(ref _levelsVersion);
        LowestLevels.Clear();
    }

    private static async Task<LevelDto> LowestLevelAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var key = db.Database.GetConnectionString() ?? "";
        if (LowestLevels.TryGetValue(key, out var lowest))
        {
            return lowest;
        }

        var version = Volatile.Read(ref _levelsVersion);
        lowest = await db.RelationshipLevels.AsNoTracking().OrderBy(l => l.Rank).Select(l => new LevelDto(l.Id, l.Code, l.NameEn, l.NameZh, l.Rank)).FirstAsync(ct);
        if (version == Volatile.Read(ref _levelsVersion))
        {
            LowestLevels[key] = lowest;
        }

        return lowest;
    }

    public static async Task<RelationshipDto?> GetAsync(LiaisonDbContext db, int organizationId, CancellationToken ct = default)
    {
        var org = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.CountryId, DeskId = (int?)o.Country!.DeskId }).FirstOrDefaultAsync(ct);
        return org is null ? null : await GetAsync(db, organizationId, org.DeskId, org.CountryId is not null, ct);
    }

    /// <summary>For a page that has just read the organization (its desk known): null when the user may not see its ties.</summary>
    public static async Task<RelationshipDto?> GetAsync(LiaisonDbContext db, int organizationId, int? deskId, bool hasCountry, CancellationToken ct = default)
    {
        if (!db.Scope.CanSeeTies(deskId, hasCountry))
        {
            return null;
        }

        var agreements = await db.Agreements.AsNoTracking().Where(a => a.OrganizationId == organizationId).OrderByDescending(a => a.SignedOn)
            .Select(a => new AgreementDto(a.Id, a.Kind, a.Title, a.SignedOn, a.RenewedOn, a.ExpiresOn, a.Classification, a.Notes, a.Version)).ToListAsync(ct);
        await db.AuditReadsAsync(nameof(Agreement), agreements.Where(a => a.Classification >= Classification.Confidential)
            .Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);

        var r = await db.Relationships.AsNoTracking().Where(x => x.OrganizationId == organizationId)
            .Select(x => new
            {
                x.OrganizationId,
                Level = new LevelDto(x.Level!.Id, x.Level.Code, x.Level.NameEn, x.Level.NameZh, x.Level.Rank),
                x.Since,
                x.Channels,
                x.DeskOfficerId,
                DeskOfficerName = x.DeskOfficer!.DisplayName,
                x.Notes,
                x.Version,
                History = x.History.OrderByDescending(h => h.ChangedOn).Select(h => new LevelChangeDto(h.ChangedOn, h.FromLevel!.NameEn, h.ToLevel!.NameEn, h.Note, h.FromLevel.NameZh, h.ToLevel.NameZh)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return new RelationshipDto(organizationId, await LowestLevelAsync(db, ct), null, null, null, null, null, 0, [], agreements);
        }

        return new RelationshipDto(r.OrganizationId, r.Level, r.Since, r.Channels, r.DeskOfficerId, r.DeskOfficerName, r.Notes, r.Version, r.History, agreements);
    }

    public static async Task<EditResult> SaveAsync(LiaisonDbContext db, int organizationId, RelationshipInput input, CancellationToken ct = default)
    {
        var org = await db.Organizations.Include(o => o.Country).Include(o => o.Relationship).FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null || !db.Scope.CanEdit(org.Classification, org.Country?.DeskId, org.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        var level = await db.RelationshipLevels.FirstOrDefaultAsync(l => l.Code == input.Level, ct);
        if (level is null && !errors.ContainsKey(nameof(input.Level)))
        {
            errors.Add(nameof(input.Level), $"Unknown relationship level '{input.Level}'.");
        }

        if (input.Since is { } since && since > Clock.Today)
        {
            errors.Add(nameof(input.Since), "The start of the relationship cannot be in the future.");
        }

        if (!string.IsNullOrEmpty(input.DeskOfficerId) && !await db.Users.AnyAsync(u => u.Id == input.DeskOfficerId, ct))
        {
            errors.Add(nameof(input.DeskOfficerId), "Unknown desk officer.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var relationship = org.Relationship;
        if (relationship is null)
        {
            relationship = new Relationship { OrganizationId = organizationId, LevelId = level!.Id };
            db.Relationships.Add(relationship);
            db.RelationshipLevelChanges.Add(new RelationshipLevelChange
            {
                OrganizationId = organizationId,
                ToLevelId = level.Id,
                ChangedOn = input.Since ?? Clock.Today,
                ChangedByUserId = db.Scope.UserId,
                Note = input.ChangeNote,
            });
        }
        else
        {
            if (input.Version != relationship.Version)
            {
                return new EditResult.Conflict(new ConflictDetails("Our relationship with this organization was changed by someone else after you opened it.",
                    relationship.Version, [new FieldChange(nameof(input.Level), input.Level, (await db.RelationshipLevels.FindAsync([relationship.LevelId], ct))?.Code)]));
            }

            db.Entry(relationship).Property(r => r.Version).OriginalValue = input.Version!.Value;
            if (relationship.LevelId != level!.Id)
            {
                db.RelationshipLevelChanges.Add(new RelationshipLevelChange
                {
                    OrganizationId = organizationId,
                    FromLevelId = relationship.LevelId,
                    ToLevelId = level.Id,
                    ChangedOn = Clock.Today,
                    ChangedByUserId = db.Scope.UserId,
                    Note = input.ChangeNote,
                });
            }
        }

        relationship.LevelId = level!.Id;
        relationship.Since = input.Since;
        relationship.Channels = string.IsNullOrWhiteSpace(input.Channels) ? null : input.Channels;
        relationship.DeskOfficerId = string.IsNullOrEmpty(input.DeskOfficerId) ? null : input.DeskOfficerId;
        relationship.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes;
        relationship.UpdatedAt = Clock.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A stale version, or someone else recorded the first relationship at the same moment.
            return new EditResult.Conflict(new ConflictDetails("Our relationship with this organization was changed by someone else after you opened it.", relationship.Version, []));
        }

        return new EditResult.Saved(organizationId, relationship.Version);
    }

    public static async Task<EditResult> SaveAgreementAsync(LiaisonDbContext db, int organizationId, int? agreementId, AgreementInput input, CancellationToken ct = default)
    {
        var org = await db.Organizations.Include(o => o.Country).FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null || !db.Scope.CanEdit(org.Classification, org.Country?.DeskId, org.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        var agreement = agreementId is null ? new Agreement { OrganizationId = organizationId }
            : await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId && a.OrganizationId == organizationId, ct);
        if (agreement is null)
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown agreement kind.");
        }

        if (!Enum.IsDefined(input.Classification) || !db.Scope.CanClassify(input.Classification))
        {
            errors.Add(nameof(input.Classification), "You cannot classify a record above your own clearance.");
        }

        if (input.SignedOn is { } s && input.ExpiresOn is { } e && e < s)
        {
            errors.Add(nameof(input.ExpiresOn), "The expiry date cannot be before the signing date.");
        }

        if (input.SignedOn is { } s2 && input.RenewedOn is { } r && r < s2)
        {
            errors.Add(nameof(input.RenewedOn), "The renewal date cannot be before the signing date.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (agreementId is not null)
        {
            if (input.Version != agreement.Version)
            {
                return new EditResult.Conflict(new ConflictDetails("This agreement was changed by someone else after you opened it.", agreement.Version,
                    [new FieldChange(nameof(input.Title), input.Title, agreement.Title)]));
            }

            db.Entry(agreement).Property(a => a.Version).OriginalValue = input.Version!.Value;
        }
        else
        {
            db.Agreements.Add(agreement);
        }

        agreement.Kind = input.Kind;
        agreement.Title = input.Title;
        agreement.SignedOn = input.SignedOn;
        agreement.RenewedOn = input.RenewedOn;
        agreement.ExpiresOn = input.ExpiresOn;
        agreement.Classification = input.Classification;
        agreement.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult.Conflict(new ConflictDetails("This agreement was changed by someone else after you opened it.", agreement.Version, []));
        }

        return new EditResult.Saved(agreement.Id, agreement.Version);
    }
}
