using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People.Duplicates;

/// <summary>One merge as the administrators' list shows it.</summary>
public sealed record MergeListItem(
    int Id, DateTime At, int SurvivorId, string SurvivorName, string? SurvivorNameZh, int MergedId, string MergedName, string? MergedNameZh,
    string? By, DateTime? RevertedAt, string? RevertedBy, bool SurvivorMergedLater);

public static class MergeQueries
{
    /// <summary>
    /// Merges newest first. Merged people are hidden by the visibility filter, so they are read without it here and
    /// checked against the viewer's clearance and desks by hand.
    /// </summary>
    public static async Task<Page<MergeListItem>> ListAsync(LiaisonDbContext db, int? page, int? pageSize, CancellationToken ct = default)
    {
        var size = RequestValidation.ClampPageSize(pageSize ?? 50);
        var number = RequestValidation.ClampPage(page);
        var clearance = db.Scope.Clearance;
        var allDesks = db.Scope.AllDesks;
        var deskIds = db.Scope.DeskIds;
        var people = db.People.IgnoreQueryFilters().Where(p => p.Classification <= clearance
            && (p.Classification == Classification.Public || allDesks || p.CountryId == null
                || (p.Country!.DeskId != null && deskIds.Contains(p.Country.DeskId.Value))));
        // The merges drive the query and each person is looked up by key: a join let SQLite start from every visible
        // person (200,000 in the benchmark) to find a handful of merges.
        var visible = db.PersonMerges.Where(m => people.Any(s => s.Id == m.SurvivorId) && people.Any(d => d.Id == m.MergedId));
        var total = await visible.CountAsync(ct);
        var shown =
            from m in visible.OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Skip((number - 1) * size).Take(size)
            join s in people on m.SurvivorId equals s.Id
            join d in people on m.MergedId equals d.Id
            select new { m, s, d };
        var rows = await shown.OrderByDescending(x => x.m.At).ThenByDescending(x => x.m.Id)
            .Select(x => new
            {
                x.m.Id,
                x.m.At,
                x.m.SurvivorId,
                SurvivorName = x.s.NameEn,
                SurvivorNameZh = x.s.NameZh,
                x.m.MergedId,
                MergedName = x.d.NameEn,
                MergedNameZh = x.d.NameZh,
                x.m.ByUserId,
                x.m.RevertedAt,
                x.m.RevertedByUserId,
                SurvivorMergedLater = x.s.MergedIntoId != null,
            })
            .ToListAsync(ct);
        var userIds = rows.SelectMany(r => new[] { r.ByUserId, r.RevertedByUserId }).OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.UserName ?? u.Id : u.DisplayName, ct);
        string? Name(string? id) => id is null ? null : users.GetValueOrDefault(id, id);
        var items = rows.Select(r => new MergeListItem(
            r.Id, r.At, r.SurvivorId, r.SurvivorName, r.SurvivorNameZh, r.MergedId, r.MergedName, r.MergedNameZh,
            Name(r.ByUserId), r.RevertedAt, Name(r.RevertedByUserId), r.SurvivorMergedLater)).ToList();
        return new Page<MergeListItem>(items, total, number, size);
    }
}
