namespace ReportingEngine.Data.Synthetic;

/// <summary>How a synthetic unit pays: on time, one month late, or the last N months unpaid.</summary>
internal enum ArrearsPattern
{
    OnTime,
    OneMonthLate,
    Months3,
    Months8,
    Months14,
    Months40,
}
