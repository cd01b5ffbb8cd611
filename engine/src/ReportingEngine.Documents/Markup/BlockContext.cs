namespace ReportingEngine.Documents.Markup;

/// <summary>Where blocks are being read; decides which block elements are allowed.</summary>
internal enum BlockContext
{
    /// <summary>Directly in <c>&lt;document&gt;</c>.</summary>
    Body,

    /// <summary>Inside <c>&lt;keep-together&gt;</c>: no page breaks.</summary>
    KeepTogether,

    /// <summary>Inside <c>&lt;header&gt;</c> or <c>&lt;footer&gt;</c>.</summary>
    HeaderFooter,

    /// <summary>Inside a table cell.</summary>
    Cell,
}
