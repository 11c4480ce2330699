namespace Liaison.Features.Organizations;

public enum OrganizationKind
{
    PoliticalParty = 0,
    PartyInternational = 1,
    PartyWing = 2,
    ParliamentaryGroup = 3,
    GovernmentBody = 4,
    ThinkTank = 5,
    Media = 6,
    Ngo = 7,
    TradeUnion = 8,
    Company = 9,
    Other = 10,
}

public enum IdeologyFamily
{
    CommunistWorkers = 0,
    SocialistSocialDemocratic = 1,
    Labour = 2,
    Green = 3,
    Liberal = 4,
    ChristianDemocratic = 5,
    Conservative = 6,
    Nationalist = 7,
    Agrarian = 8,
    Regionalist = 9,
    Populist = 10,
    Other = 11,
}
