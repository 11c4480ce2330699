using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Desks;

public sealed record DeskDto(int Id, string Name, string? NameZh, string? Description, int Version, IReadOnlyList<string> Countries, IReadOnlyList<string> Members);

public sealed class DeskInput
{
    [Required(ErrorMessage = "The desk name is required.")]
    [StringLength(100, ErrorMessage = "The desk name must be at most {1} characters.")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "This field must be at most {1} characters.")]
    public string? NameZh { get; set; }

    [StringLength(2000, ErrorMessage = "This field must be at most {1} characters.")]
    public string? Description { get; set; }

    /// <summary>ISO alpha-3 codes of the countries this desk covers (replaces the current list when given).</summary>
    public List<string>? Countries { get; set; }

    public int? Version { get; set; }
}

public static class DesksApi
{
    public static RouteGroupBuilder MapDesks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/desks").WithTags("Desks").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListDesks");
        group.MapPost("/", CreateAsync).WithName("CreateDesk").RequireAuthorization(Policies.Admin);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateDesk").RequireAuthorization(Policies.Admin);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteDesk").RequireAuthorization(Policies.Admin);
        return group;
    }

    /// <summary>Desks with their countries; members' addresses only for administrators.</summary>
    public static async Task<List<DeskDto>> ListAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var withMembers = db.Scope.IsAdministrator;
        return await db.Desks.AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new DeskDto(d.Id, d.Name, d.NameZh, d.Description, d.Version,
                d.Countries.OrderBy(c => c.Iso3).Select(c => c.Iso3).ToList(),
                withMembers ? d.Members.Select(m => m.User!.Email!).ToList() : new List<string>()))
            .ToListAsync(ct);
    }

    private static async Task<IResult> CreateAsync(DeskInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await DeskEditor.SaveAsync(db, null, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/desks/{s.Id}", new { s.Id, s.Version }));

    private static async Task<IResult> UpdateAsync(int id, DeskInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await DeskEditor.SaveAsync(db, id, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        var desk = await db.Desks.Include(d => d.Countries).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (desk is null)
        {
            return TypedResults.NotFound();
        }

        if (desk.Countries.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["Countries"] = ["Move the desk's countries to other desks before deleting it: records of countries without a desk are hidden from desk officers."],
            });
        }

        db.Desks.Remove(desk);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

public static class DeskEditor
{
    public static async Task<EditResult> SaveAsync(LiaisonDbContext db, int? id, DeskInput input, CancellationToken ct = default)
    {
        var errors = RequestValidation.Validate(input);
        var desk = id is null ? new Desk() : await db.Desks.Include(d => d.Countries).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (desk is null)
        {
            return new EditResult.NotFound();
        }

        if (!string.IsNullOrWhiteSpace(input.Name) && await db.Desks.AnyAsync(d => d.Name == input.Name.Trim() && d.Id != desk.Id, ct))
        {
            errors.Add(nameof(input.Name), "Another desk already has this name.");
        }

        var countries = new List<Countries.Country>();
        if (input.Countries is not null)
        {
            var codes = input.Countries.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
            countries = await db.Countries.Where(c => codes.Contains(c.Iso3)).ToListAsync(ct);
            var unknown = codes.Except(countries.Select(c => c.Iso3)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(nameof(input.Countries), $"Unknown country codes: {string.Join(", ", unknown)}.");
            }
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (id is not null)
        {
            if (input.Version is null || input.Version != desk.Version)
            {
                return new EditResult.Conflict(new ConflictDetails("This desk was changed by someone else after you opened it.", desk.Version,
                    [new FieldChange(nameof(input.Name), input.Name, desk.Name)]));
            }

            db.Entry(desk).Property(d => d.Version).OriginalValue = input.Version.Value;
        }

        desk.Name = input.Name.Trim();
        desk.NameZh = string.IsNullOrWhiteSpace(input.NameZh) ? null : input.NameZh.Trim();
        desk.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description;
        if (input.Countries is not null)
        {
            desk.Countries.Clear();
            desk.Countries.AddRange(countries);
        }

        if (id is null)
        {
            db.Desks.Add(desk);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult.Conflict(new ConflictDetails("This desk was changed by someone else after you opened it.", desk.Version, []));
        }

        return new EditResult.Saved(desk.Id, desk.Version);
    }
}
