using System.Security.Cryptography;
using Liaison.Data;
using Liaison.Features.Desks;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Users;

public sealed record NewUser(string Email, string DisplayName, string Role, IReadOnlyList<string> Desks, Classification Clearance, string Password);

public sealed record UserSummary(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Desks,
    Classification Clearance, bool IsDisabled, bool TwoFactorEnabled, DateTimeOffset? LockoutEnd);

/// <summary>User management shared by the admin pages, the API and the command line.</summary>
public sealed class UserAdministration(LiaisonDbContext db, UserManager<AppUser> users)
{
    public async Task<(AppUser? User, IReadOnlyList<string> Errors)> CreateAsync(NewUser request, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var role = Roles.Normalize(request.Role);
        if (role is null)
        {
            errors.Add($"Unknown role '{request.Role}'. Roles: {string.Join(", ", Roles.All)}.");
        }

        var deskIds = await ResolveDesksAsync(request.Desks, errors, ct);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = new AppUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.Email.Trim() : request.DisplayName.Trim(),
            Clearance = request.Clearance,
            CreatedAt = Clock.UtcNow,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, request.Password);
        if (!result.Succeeded)
        {
            // The sign-in name is the email, so "name taken" and "email taken" are one problem.
            var duplicateEmail = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail));
            return (null, result.Errors.Where(e => !(duplicateEmail && e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
                .Select(e => e.Description).ToList());
        }

        await users.AddToRoleAsync(user, role!);
        db.UserDesks.AddRange(deskIds.Select(id => new UserDesk { UserId = user.Id, DeskId = id }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (user, []);
    }

    public async Task<IReadOnlyList<string>> UpdateAccessAsync(string userId, string? role, IReadOnlyList<string>? desks, Classification? clearance, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["No such user."];
        }

        if (db.Scope.UserId == userId)
        {
            return ["You cannot change your own access; ask another administrator."];
        }

        if (clearance is { } wanted && wanted > db.Scope.Clearance)
        {
            return ["You cannot grant a clearance above your own."];
        }

        var normalizedRole = role is null ? null : Roles.Normalize(role);
        if (role is not null && normalizedRole is null)
        {
            errors.Add($"Unknown role '{role}'.");
        }

        var deskIds = desks is null ? null : await ResolveDesksAsync(desks, errors, ct);
        if (errors.Count > 0)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (normalizedRole is not null)
        {
            var current = await users.GetRolesAsync(user);
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, normalizedRole);
        }

        if (deskIds is not null)
        {
            db.UserDesks.RemoveRange(await db.UserDesks.Where(d => d.UserId == userId).ToListAsync(ct));
            db.UserDesks.AddRange(deskIds.Select(id => new UserDesk { UserId = userId, DeskId = id }));
        }

        if (clearance is { } c)
        {
            user.Clearance = c;
        }

        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(ct);
        return [];
    }

    public async Task<bool> SetDisabledAsync(string emailOrId, bool disabled, CancellationToken ct = default)
    {
        var user = await FindAsync(emailOrId);
        if (user is null || user.Id == db.Scope.UserId)
        {
            return false;
        }

        user.IsDisabled = disabled;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    public async Task<AppUser?> FindAsync(string emailOrId) =>
        await users.FindByEmailAsync(emailOrId) ?? await users.FindByIdAsync(emailOrId);

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var desks = await db.UserDesks.Select(d => new { d.UserId, d.Desk!.Name }).ToListAsync(ct);
        return all.Select(u => new UserSummary(
            u.Id, u.Email ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            desks.Where(d => d.UserId == u.Id).Select(d => d.Name).ToList(),
            u.Clearance, u.IsDisabled, u.TwoFactorEnabled, u.LockoutEnd)).ToList();
    }

    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');

    private async Task<List<int>> ResolveDesksAsync(IReadOnlyList<string> names, List<string> errors, CancellationToken ct)
    {
        var ids = new List<int>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var desk = await db.Desks.FirstOrDefaultAsync(d => d.Name == name.Trim(), ct);
            if (desk is null)
            {
                errors.Add($"Unknown desk '{name}'.");
            }
            else
            {
                ids.Add(desk.Id);
            }
        }

        return ids.Distinct().ToList();
    }
}
