using Liaison.Features.Desks;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Security;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Classification Clearance { get; set; } = Classification.Internal;
    public bool IsDisabled { get; set; }
    public string PreferredCulture { get; set; } = "en";
    public DateTime CreatedAt { get; set; }
    public List<UserDesk> Desks { get; set; } = [];
}
