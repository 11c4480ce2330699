namespace Liaison.Features.People.Duplicates;

/// <summary>Why two records are thought to be one person. Contact reasons are named only to users who may see both people's contacts.</summary>
public enum DuplicateReason
{
    /// <summary>The same name, possibly in another order, case or with or without accents.</summary>
    SameName = 0,
    SameEmail = 1,
    SamePhone = 2,
    SameHandle = 3,

    /// <summary>A shared e-mail, phone or handle, for viewers who may not see the contacts of both people.</summary>
    SameContact = 4,
    SimilarName = 5,
}

/// <summary>A person as the duplicate lists show them.</summary>
public sealed record PersonRef(
    int Id, string NameEn, string? NameZh, string? NameNative, string? CountryIso3, string? CountryName, string? CountryNameZh, int Version)
{
    public string Url => "/people/" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Two records that probably describe one person.</summary>
public sealed record DuplicatePair(PersonRef A, PersonRef B, IReadOnlyList<DuplicateReason> Reasons);

/// <summary>Another record that may be the same person as a given one (or as a name being typed).</summary>
public sealed record DuplicateCandidate(PersonRef Person, IReadOnlyList<DuplicateReason> Reasons, double Score);

public static class DuplicateReasonText
{
    /// <summary>English label (translated by the views' resources).</summary>
    public static string English(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameName => "Same name",
        DuplicateReason.SameEmail => "Same e-mail address",
        DuplicateReason.SamePhone => "Same phone number",
        DuplicateReason.SameHandle => "Same messaging handle",
        DuplicateReason.SameContact => "Same contact detail",
        DuplicateReason.SimilarName => "Similar name",
        _ => reason.ToString(),
    };
}
