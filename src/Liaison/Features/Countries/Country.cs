using Liaison.Features.Desks;

namespace Liaison.Features.Countries;

/// <summary>An ISO 3166-1 country or territory; reference data visible to every user.</summary>
public sealed class Country
{
    public int Id { get; set; }
    public string Iso2 { get; set; } = "";
    public string Iso3 { get; set; } = "";
    public string? NumericCode { get; set; }
    public string NameEn { get; set; } = "";
    public string? NameZh { get; set; }
    public string? OfficialNameEn { get; set; }
    public string? OfficialNameZh { get; set; }
    public string? Region { get; set; }
    public string? Subregion { get; set; }
    public string? Capital { get; set; }
    public bool IsIndependent { get; set; }
    public int? DeskId { get; set; }
    public Desk? Desk { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
    public List<Election> Elections { get; set; } = [];
}
