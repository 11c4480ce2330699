using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Users;

public sealed class NewUserInput
{
    [Required(ErrorMessage = "The email address is required.")]
    [EmailAddress(ErrorMessage = "The email address is not valid.")]
    [StringLength(256, ErrorMessage = "This field must be at most {1} characters.")]
    public string Email { get; set; } = "";

    [StringLength(200, ErrorMessage = "This field must be at most {1} characters.")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "The role is required.")]
    public string Role { get; set; } = Roles.Viewer;

    public List<string>? Desks { get; set; }
    public Classification Clearance { get; set; } = Classification.Internal;

    [Required(ErrorMessage = "A password is required.")]
    public string Password { get; set; } = "";
}

public sealed class UserAccessInput
{
    public string? Role { get; set; }
    public List<string>? Desks { get; set; }
    public Classification? Clearance { get; set; }
}

public static class UsersApi
{
    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync).WithName("ListUsers");
        group.MapPost("/", CreateAsync).WithName("CreateUser");
        group.MapPut("/{id}/access", UpdateAccessAsync).WithName("UpdateUserAccess").WithSummary("Changes a user's role, desks or clearance.");
        group.MapPost("/{id}/disable", (string id, UserAdministration admin, CancellationToken ct) => SetDisabledAsync(id, true, admin, ct)).WithName("DisableUser");
        group.MapPost("/{id}/enable", (string id, UserAdministration admin, CancellationToken ct) => SetDisabledAsync(id, false, admin, ct)).WithName("EnableUser");
        group.MapDelete("/{id}/tokens/{tokenId:int}", RevokeTokenAsync).WithName("RevokeUserToken");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<UserSummary>>> ListAsync(UserAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(ct));

    private static async Task<IResult> CreateAsync(NewUserInput input, UserAdministration admin, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(input);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (user, problems) = await admin.CreateAsync(new NewUser(input.Email, input.DisplayName ?? "", input.Role, input.Desks ?? [], input.Clearance, input.Password), ct);
        return user is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [.. problems] })
            : TypedResults.Created($"/api/v1/users/{user.Id}", new { user.Id, user.Email });
    }

    private static async Task<IResult> UpdateAccessAsync(string id, UserAccessInput input, UserAdministration admin, CancellationToken ct)
    {
        var problems = await admin.UpdateAccessAsync(id, input.Role, input.Desks, input.Clearance, ct);
        return problems.Count == 0 ? TypedResults.NoContent() : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [.. problems] });
    }

    private static async Task<Results<NoContent, NotFound>> SetDisabledAsync(string id, bool disabled, UserAdministration admin, CancellationToken ct) =>
        await admin.SetDisabledAsync(id, disabled, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RevokeTokenAsync(string id, int tokenId, LiaisonDbContext db, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == id && t.RevokedAt == null, ct);
        if (token is null)
        {
            return TypedResults.NotFound();
        }

        token.RevokedAt = Clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await db.AuditEventAsync(AuditActions.TokenRevoked, nameof(ApiToken), token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
        return TypedResults.NoContent();
    }
}
