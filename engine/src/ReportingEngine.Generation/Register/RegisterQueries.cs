namespace ReportingEngine.Generation.Register;

/// <summary>Register queries, valid on SQLite and SQL Server alike (named parameters, no dialect syntax).</summary>
internal static class RegisterQueries
{
    public const string Columns =
        "archive_number, format, kind, subject, period, template_version, data_hash, file_sha256, file_name, byte_count, generated_at, generated_by, control_number, recipient, engine_build";

    public const string Delete = "DELETE FROM output_register WHERE archive_number = @archive_number AND format = @format";

    public const string Insert =
        "INSERT INTO output_register (" + Columns + ") VALUES (@archive_number, @format, @kind, @subject, @period, @template_version, @data_hash, @file_sha256, @file_name, @byte_count, @generated_at, @generated_by, @control_number, @recipient, @engine_build)";

    public const string BySha256 = "SELECT " + Columns + " FROM output_register WHERE file_sha256 = @file_sha256 ORDER BY archive_number, format";

    public const string ByArchiveNumber = "SELECT " + Columns + " FROM output_register WHERE archive_number = @archive_number ORDER BY format";

    /// <summary>Most archive numbers in one <see cref="ByArchiveNumbers"/> query (SQL Server allows 2,100 parameters).</summary>
    public const int MaxListed = 500;

    /// <summary>Entries of <paramref name="count"/> archive numbers, bound as <c>@a0</c>, <c>@a1</c>, ….</summary>
    public static string ByArchiveNumbers(int count) =>
        "SELECT " + Columns + " FROM output_register WHERE archive_number IN ("
        + string.Join(", ", Enumerable.Range(0, count).Select(i => "@a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        + ") ORDER BY archive_number, format";

    public const string ByKindAndPeriod = "SELECT " + Columns + " FROM output_register WHERE kind = @kind AND period = @period ORDER BY archive_number, format";
}
