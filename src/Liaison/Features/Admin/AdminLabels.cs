using Liaison.Security;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin;

/// <summary>Display names for roles and clearances, in the page's language.</summary>
public static class AdminLabels
{
    public static string Role(IStringLocalizer t, string role) => role switch
    {
        Roles.Administrator => t["Administrator"],
        Roles.Leader => t["Department leader"],
        Roles.DeskOfficer => t["Desk officer"],
        Roles.ProtocolOfficer => t["Protocol officer"],
        Roles.Researcher => t["Researcher"],
        Roles.InformationOfficer => t["Information officer"],
        Roles.Viewer => t["Viewer"],
        _ => role,
    };

    public static string Clearance(IStringLocalizer t, Classification clearance) => clearance switch
    {
        Classification.Public => t["Public"],
        Classification.Internal => t["Internal"],
        Classification.Confidential => t["Confidential"],
        Classification.Restricted => t["Restricted"],
        _ => clearance.ToString(),
    };
}
