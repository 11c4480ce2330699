using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.Admin.Users;

public sealed class CreateModel(UserAdministration admin, LiaisonDbContext db) : PageModel
{
    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    [BindProperty]
    public AccessInput Access { get; set; } = new();

    /// <summary>Set after a successful create; a generated password is shown in this one response only.</summary>
    public string? CreatedId { get; private set; }
    public string? GeneratedPassword { get; private set; }

    public sealed class NewUserForm
    {
        [Required(ErrorMessage = "The email address is required.")]
        [EmailAddress(ErrorMessage = "The email address is not valid.")]
        [StringLength(256, ErrorMessage = "This field must be at most {1} characters.")]
        public string Email { get; set; } = "";

        [StringLength(200, ErrorMessage = "This field must be at most {1} characters.")]
        public string? DisplayName { get; set; }

        [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadOptionsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadOptionsAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var generate = string.IsNullOrEmpty(Input.Password);
        var password = generate ? UserAdministration.GeneratePassword() : Input.Password!;
        var (user, errors) = await admin.CreateAsync(
            new NewUser(Input.Email, Input.DisplayName ?? "", Access.Role, Access.Desks, Access.Clearance, password), ct);
        if (user is null)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            return Page();
        }

        CreatedId = user.Id;
        GeneratedPassword = generate ? password : null;
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken ct) =>
        ViewData[AccessInput.DeskOptionsKey] = await AccessInput.DeskNamesAsync(db, ct);
}
