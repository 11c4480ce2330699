using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

/// <summary>
/// An organization's other names, standing spans, wings, memberships and lineage in one statement (a UNION ALL of root
/// queries, each through its own visibility filter): the detail page and the API read them together. Links to
/// organizations the user may not see drop out through the navigations' filters. As collections of the organization row
/// they would sit on the right of LEFT JOINs, where SQLite builds every visible organization before joining.
/// </summary>
internal static class OrganizationLinksQuery
{
    private const int Wing = 0;
    private const int Member = 1;
    private const int Lineage = 2;
    private const int OtherName = 3;
    private const int Span = 4;

    public sealed record Links(List<OtherNameDto> OtherNames, List<StandingDto> Standings, List<OrgRef> Wings, List<MembershipDto> Memberships, List<LineageDto> Lineage);

    public static async Task<Links> LoadAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var names = db.OrganizationNames.AsNoTracking().Where(n => n.OrganizationId == id).Select(n => new Row
        {
            Type = OtherName,
            Id = n.Id,
            AId = 0,
            AEn = n.Name,
            AZh = n.Language,
            AAbbreviation = null,
            BId = 0,
            BEn = "",
            BZh = null,
            BAbbreviation = null,
            Code = (int)n.Kind,
            From = n.ValidFrom,
            To = n.ValidTo,
            Note = null,
            Day = null,
        });
        var spans = db.StandingSpans.AsNoTracking().Where(x => x.OrganizationId == id).Select(x => new Row
        {
            Type = Span,
            Id = x.Id,
            AId = x.HeadOfGovernment ? 1 : 0,
            AEn = "",
            AZh = x.Source,
            AAbbreviation = null,
            BId = 0,
            BEn = "",
            BZh = null,
            BAbbreviation = null,
            Code = (int)x.Standing,
            From = null,
            To = x.To,
            Note = x.Note,
            Day = x.From,
        });
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
            Code = 0,
            From = null,
            To = null,
            Note = null,
            Day = null,
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
            Note = null,
            Day = null,
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
            To = null,
            Note = l.Note,
            Day = null,
        });
        var rows = await names.Concat(spans).Concat(wings).Concat(memberships).Concat(lineage).ToListAsync(ct);
        return new Links(
            rows.Where(r => r.Type == OtherName).OrderBy(r => r.From).ThenBy(r => r.Id)
                .Select(r => new OtherNameDto(r.AEn, (OrganizationNameKind)r.Code, r.AZh, r.From, r.To)).ToList(),
            rows.Where(r => r.Type == Span).OrderByDescending(r => r.Day)
                .Select(r => new StandingDto(r.Id, (Standing)r.Code, r.AId == 1, r.Day!.Value, r.To, r.AZh, r.Note)).ToList(),
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
        public DateOnly? Day { get; init; }

        public OrgRef A => new(AId, AEn, AZh, AAbbreviation);
        public OrgRef B => new(BId, BEn, BZh, BAbbreviation);
    }
}
