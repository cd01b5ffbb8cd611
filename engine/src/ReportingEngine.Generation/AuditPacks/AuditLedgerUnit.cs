using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>One unit's fee account on the as-of day: statement, limitation clock (R-COL-2) and collection-ladder stage (R-COL-1).</summary>
internal sealed record AuditLedgerUnit(UnitListing Listing, AccountStatement Statement, LimitationReport Limitation, StageAssessment Stage);
