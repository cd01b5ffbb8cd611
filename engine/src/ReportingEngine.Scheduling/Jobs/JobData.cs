namespace ReportingEngine.Scheduling.Jobs;

/// <summary>Names of the job-data entries the jobs read (all values are strings: the job store keeps job data as text).</summary>
public static class JobData
{
    /// <summary>The date the run acts on, <c>yyyy-MM-dd</c>; default: the scheduled fire date in the calendar's time zone.</summary>
    public const string AsOf = "asOf";

    /// <summary>Fee notices: the billing month <c>YYYY-MM</c>; default: the month of <see cref="AsOf"/>.</summary>
    public const string Period = "period";

    /// <summary>Only this community.</summary>
    public const string Community = "community";

    /// <summary>Only this building (per-building fee-notice jobs).</summary>
    public const string Building = "building";

    /// <summary>Only the communities of this company (a company's own calendar entry).</summary>
    public const string Company = "company";

    /// <summary>Comma-separated companies left out (they have calendar entries of their own for the kind).</summary>
    public const string ExcludeCompanies = "excludeCompanies";
}
