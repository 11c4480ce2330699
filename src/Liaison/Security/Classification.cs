namespace Liaison.Security;

/// <summary>How sensitive a record is; a user sees records up to their clearance.</summary>
public enum Classification
{
    Public = 0,
    Internal = 1,
    Confidential = 2,
    Restricted = 3,
}
