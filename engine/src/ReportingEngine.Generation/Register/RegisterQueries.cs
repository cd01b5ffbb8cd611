namespace ReportingEngine.Generation.Register;

/// <summary>Register queries, valid on SQLite and SQL Server alike (named parameters, no dialect syntax).</summary>
internal static class RegisterQueries
{
    public const string Columns =
        "archive_number, format, kind, subject, period, template_version, data_hash, file_sha256, file_name, byte_count, generated_at, generated_by, control_number, recipient";

    public const string Delete = "DELETE FROM output_register WHERE archive_number = @archive_number AND format = @format";

    public const string Insert =
        "INSERT INTO output_register (" + Columns + ") VALUES (@archive_number, @format, @kind, @subject, @period, @template_version, @data_hash, @file_sha256, @file_name, @byte_count, @generated_at, @generated_by, @control_number, @recipient)";

    public const string BySha256 = "SELECT " + Columns + " FROM output_register WHERE file_sha256 = @file_sha256 ORDER BY archive_number, format";

    public const string ByArchiveNumber = "SELECT " + Columns + " FROM output_register WHERE archive_number = @archive_number ORDER BY format";

    public const string ByKindAndPeriod = "SELECT " + Columns + " FROM output_register WHERE kind = @kind AND period = @period ORDER BY archive_number, format";
}
