using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Admin.Users;

/// <summary>Role, desks and clearance as posted by the create and edit forms.</summary>
public sealed class AccessInput
{
    public const string DeskOptionsKey = "DeskOptions";

    [Required(ErrorMessage = "The role is required.")]
    public string Role { get; set; } = Roles.Viewer;

    public List<string> Desks { get; set; } = [];

    public Classification Clearance { get; set; } = Classification.Internal;

    public static async Task<List<string>> DeskNamesAsync(LiaisonDbContext db, CancellationToken ct) =>
        await db.Desks.AsNoTracking().OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct);
}
