using System.Globalization;
using Liaison.Data;
using Liaison.Features.Desks;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin.Desks;

/// <summary>Creates (<c>/admin/desks/new</c>) or edits (<c>/admin/desks/{id}</c>) a desk and its countries.</summary>
public sealed class EditModel(LiaisonDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record CountryOption(string Iso3, string Name, string? Region, int? DeskId, string? DeskName);

    [BindProperty]
    public DeskInput Input { get; set; } = new();

    public int? DeskId { get; private set; }
    public IReadOnlyList<CountryOption> Countries { get; private set; } = [];
    public ConflictDetails? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (!TryParseKey(key, out var id))
        {
            return NotFound();
        }

        if (id is not null)
        {
            var desk = await db.Desks.AsNoTracking().Where(d => d.Id == id)
                .Select(d => new { d.Name, d.NameZh, d.Description, d.Version, Countries = d.Countries.Select(c => c.Iso3).ToList() })
                .FirstOrDefaultAsync(ct);
            if (desk is null)
            {
                return NotFound();
            }

            Input = new DeskInput { Name = desk.Name, NameZh = desk.NameZh, Description = desk.Description, Version = desk.Version, Countries = desk.Countries };
        }

        DeskId = id;
        await LoadCountriesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        if (!TryParseKey(key, out var id))
        {
            return NotFound();
        }

        DeskId = id;
        Input.Countries ??= [];
        var result = await DeskEditor.SaveAsync(db, id, Input, ct);
        switch (result)
        {
            case EditResult.Saved saved:
                TempData.Success(t["The desk “{0}” was saved.", Input.Name.Trim()]);
                return RedirectToPage(new { key = saved.Id.ToString(CultureInfo.InvariantCulture) });
            case EditResult.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : "Input." + field, t[message]);
                    }
                }

                break;
            case EditResult.Conflict conflict:
                // Saving again after seeing the conflict overwrites the other change on purpose.
                Conflict = conflict.Details with { Changes = await DifferencesAsync(id, ct) };
                ModelState.Remove("Input.Version");
                Input.Version = conflict.Details.CurrentVersion;
                break;
            default:
                return NotFound();
        }

        await LoadCountriesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken ct)
    {
        if (!TryParseKey(key, out var id) || id is null)
        {
            return NotFound();
        }

        var desk = await db.Desks.Include(d => d.Countries).Include(d => d.Members).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (desk is null)
        {
            return NotFound();
        }

        if (desk.Countries.Count > 0)
        {
            TempData.Error(t["Move the desk's countries to other desks before deleting it: records of countries without a desk are hidden from desk officers."]);
            return RedirectToPage(new { key });
        }

        db.Desks.Remove(desk);
        await db.SaveChangesAsync(ct);
        TempData.Success(t["The desk “{0}” was deleted.", desk.Name]);
        return RedirectToPage("Index");
    }

    /// <summary>Every field where the submitted desk differs from the one saved now, with labels in the page's language.</summary>
    private async Task<IReadOnlyList<FieldChange>> DifferencesAsync(int? id, CancellationToken ct)
    {
        var saved = await db.Desks.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Name, d.NameZh, d.Description, Countries = d.Countries.OrderBy(c => c.Iso3).Select(c => c.Iso3).ToList() })
            .FirstOrDefaultAsync(ct);
        if (saved is null)
        {
            return [];
        }

        var yourCountries = string.Join(", ", (Input.Countries ?? []).Select(c => c.ToUpperInvariant()).Order(StringComparer.Ordinal));
        var fields = new (string Label, string? Yours, string? Current)[]
        {
            (t["Name"], Input.Name.Trim(), saved.Name),
            (t["Chinese name"], Input.NameZh?.Trim(), saved.NameZh),
            (t["Description"], Input.Description, saved.Description),
            (t["Countries"], yourCountries, string.Join(", ", saved.Countries)),
        };
        return fields
            .Where(f => !string.Equals(f.Yours ?? "", f.Current ?? "", StringComparison.Ordinal))
            .Select(f => new FieldChange(f.Label, f.Yours, f.Current))
            .ToList();
    }

    private static bool TryParseKey(string key, out int? id)
    {
        id = null;
        if (key == "new")
        {
            return true;
        }

        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            id = parsed;
            return true;
        }

        return false;
    }

    private async Task LoadCountriesAsync(CancellationToken ct) =>
        Countries = await db.Countries.AsNoTracking().OrderBy(c => c.Region).ThenBy(c => c.NameEn)
            .Select(c => new CountryOption(c.Iso3, c.NameEn, c.Region, c.DeskId, c.Desk == null ? null : c.Desk.Name))
            .ToListAsync(ct);
}
