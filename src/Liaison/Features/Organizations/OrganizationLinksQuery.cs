using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

/// <summary>
/// An organization's wings, memberships and lineage in one statement (a UNION ALL of the three): the detail page and the
/// API read them together. Links to organizations the user may not see drop out through the navigations' filters.
/// </summary>
internal static class OrganizationLinksQuery
{
    private const int Wing = 0;
    private const int Member = 1;
    private const int Lineage = 2;

    public static async Task<(List<OrgRef> Wings, List<MembershipDto> Memberships, List<LineageDto> Lineage)> LoadAsync(
        LiaisonDbContext db, int id, CancellationToken ct)
    {
        var wings = db.Organizations.AsNoTracking().Where(w => w.ParentId == id).Select(w => new Row
        {
            Type = Wing,
            Id = w.Id,
            AId = w.Id,
            AEn = w.NameEn,
            AZh = w.NameZh,
            AAbbreviation = w.Abbreviation,
            BId = w.Id,
            BEn = w.NameEn,
            BZh = w.NameZh,
            BAbbreviation = w.Abbreviation,
            // A UNION needs the same typed columns on every side: parts fill what they lack with a column of their own.
            Code = 0,
            From = w.Founded,
            To = w.Dissolved,
            Note = w.Abbreviation,
        });
        var memberships = db.Memberships.AsNoTracking().Where(m => m.MemberId == id || m.GroupId == id).Select(m => new Row
        {
            Type = Member,
            Id = m.Id,
            AId = m.Group!.Id,
            AEn = m.Group.NameEn,
            AZh = m.Group.NameZh,
            AAbbreviation = m.Group.Abbreviation,
            BId = m.Member!.Id,
            BEn = m.Member.NameEn,
            BZh = m.Member.NameZh,
            BAbbreviation = m.Member.Abbreviation,
            Code = (int)m.Status,
            From = m.From,
            To = m.To,
            Note = m.Group.Abbreviation,
        });
        var lineage = db.LineageLinks.AsNoTracking().Where(l => l.PredecessorId == id || l.SuccessorId == id).Select(l => new Row
        {
            Type = Lineage,
            Id = l.Id,
            AId = l.Predecessor!.Id,
            AEn = l.Predecessor.NameEn,
            AZh = l.Predecessor.NameZh,
            AAbbreviation = l.Predecessor.Abbreviation,
            BId = l.Successor!.Id,
            BEn = l.Successor.NameEn,
            BZh = l.Successor.NameZh,
            BAbbreviation = l.Successor.Abbreviation,
            Code = (int)l.Kind,
            From = l.Date,
            To = l.Date,
            Note = l.Note,
        });
        var rows = await wings.Concat(memberships).Concat(lineage).ToListAsync(ct);
        return (
            rows.Where(r => r.Type == Wing).OrderBy(r => r.AEn, StringComparer.Ordinal).Select(r => r.A).ToList(),
            rows.Where(r => r.Type == Member).OrderBy(r => r.From).Select(r => new MembershipDto(r.Id, r.A, r.B, (MembershipStatus)r.Code, r.From, r.To)).ToList(),
            rows.Where(r => r.Type == Lineage).OrderBy(r => r.From).Select(r => new LineageDto(r.Id, r.A, r.B, (LineageKind)r.Code, r.From, r.Note)).ToList());
    }

    private sealed class Row
    {
        public int Type { get; init; }
        public int Id { get; init; }
        public int AId { get; init; }
        public string AEn { get; init; } = "";
        public string? AZh { get; init; }
        public string? AAbbreviation { get; init; }
        public int BId { get; init; }
        public string BEn { get; init; } = "";
        public string? BZh { get; init; }
        public string? BAbbreviation { get; init; }
        public int Code { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public string? Note { get; init; }

        public OrgRef A => new(AId, AEn, AZh, AAbbreviation);
        public OrgRef B => new(BId, BEn, BZh, BAbbreviation);
    }
}
