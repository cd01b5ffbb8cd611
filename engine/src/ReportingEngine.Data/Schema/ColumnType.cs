namespace ReportingEngine.Data.Schema;

/// <summary>Logical column types of the data contract; each dialect maps them to its own SQL types.</summary>
public enum ColumnType
{
    /// <summary>Identifier text (≤ 64, no path characters).</summary>
    Id,

    /// <summary>Free text with a maximum length.</summary>
    Text,

    /// <summary>A code from a fixed list (enum code).</summary>
    Code,

    /// <summary>32-bit integer within a range.</summary>
    WholeNumber,

    /// <summary>Money in yuan, DECIMAL(18,2), never negative in imports.</summary>
    Money,

    /// <summary>A non-negative quantity or rate, DECIMAL(18,4).</summary>
    Quantity,

    /// <summary>Calendar date <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>Date and time <c>YYYY-MM-DD HH:MM[:SS]</c>.</summary>
    DateTime,

    /// <summary>Boolean <c>0</c>/<c>1</c>.</summary>
    Boolean,

    /// <summary>Billing period <c>YYYY-MM</c>.</summary>
    Period,

    /// <summary>Survey quarter <c>YYYYQn</c>.</summary>
    Quarter,
}
