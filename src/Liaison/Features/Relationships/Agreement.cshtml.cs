using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Relationships;

[Authorize(Policy = Policies.Editor)]
public sealed class AgreementModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : RelationshipPageBase(db)
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Relationships.Agreement");

    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    public int? AgreementId { get; private set; }

    public IReadOnlyList<SelectListItem> ClassificationOptions =>
        EnumText.Options<Classification>(Input.Classification, c => Db.Scope.CanClassify(c)).ToList();

    public async Task<IActionResult> OnGetAsync(int id, int? agreementId, CancellationToken ct)
    {
        if (!await LoadOrganizationAsync(id, ct))
        {
            return NotFound();
        }

        AgreementId = agreementId;
        if (agreementId is null)
        {
            Input = new AgreementInput { SignedOn = Clock.Today };
            return Page();
        }

        var a = await Db.Agreements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == agreementId && x.OrganizationId == id, ct);
        if (a is null)
        {
            return NotFound();
        }

        Input = new AgreementInput
        {
            Kind = a.Kind,
            Title = a.Title,
            SignedOn = a.SignedOn,
            RenewedOn = a.RenewedOn,
            ExpiresOn = a.ExpiresOn,
            Classification = a.Classification,
            Notes = a.Notes,
            Version = a.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? agreementId, CancellationToken ct)
    {
        if (!await LoadOrganizationAsync(id, ct))
        {
            return NotFound();
        }

        AgreementId = agreementId;
        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        var result = UnreadableValues.AddTo(ModelState, unreadable, v => _text["The value '{0}' is not valid.", v])
            ? new EditResult.Invalid([])
            : await RelationshipEditor.SaveAgreementAsync(Db, id, agreementId, Input, ct);
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(agreementId is null ? _text["The agreement was added."] : _text["The agreement was saved."]);
                return Redirect(DetailUrl);
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input), _text);
                break;
            case EditResult.Conflict conflict:
                Conflict = conflict.Details;
                Input.Version = conflict.Details.CurrentVersion;
                break;
            default:
                return NotFound();
        }

        return Page();
    }
}
