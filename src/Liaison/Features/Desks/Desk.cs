using Liaison.Features.Countries;
using Liaison.Security;

namespace Liaison.Features.Desks;

/// <summary>A named group of countries covered by the same desk officers.</summary>
public sealed class Desk
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? NameZh { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }
    public List<Country> Countries { get; set; } = [];
    public List<UserDesk> Members { get; set; } = [];
}

public sealed class UserDesk
{
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public int DeskId { get; set; }
    public Desk? Desk { get; set; }
}
