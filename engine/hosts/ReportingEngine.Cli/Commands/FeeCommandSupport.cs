using System.CommandLine;
using ReportingEngine.Data.Connections;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>What the fee verbs (batch, verify, regenerate) share: the connection option and the batch they drive.</summary>
internal static class FeeCommandSupport
{
    public static Option<string?> Connection() => new("--connection")
    {
        Description = "ADO.NET connection string of the estate database (default: Data Source=<repo>/out/estate.db).",
    };

    public static Option<string?> By() => new("--by")
    {
        Description = "Who is recorded in the output register as having generated the files (default: the user name).",
    };

    public static Option<string?> Seal() => new("--seal")
    {
        Description = "The service center's seal image (PNG under templates/<kind>/ or templates/_assets/; R-COL-3). Default: the SAMPLE seal.",
    };

    public static Option<string?> PaymentPayload() => new("--payment-payload")
    {
        Description = "QR payload with {reference}, {unit}, {period}, {amount} (e.g. the company's payment address). Default: the payment reference.",
    };

    public static Option<string[]> PaymentNotes() => new("--payment-note")
    {
        Description = "A further payment instruction printed on every notice (repeatable).",
    };

    /// <summary>The batch with the company settings given on the command line (the same ones must be given to regenerate).</summary>
    public static FeeNoticeBatch Batch(EstateDatabase database, RepositoryLayout layout, ParseResult parse, string? by, int? parallel = null)
    {
        var defaults = FeeNoticeOptions.Default;
        var seal = parse.GetValue<string?>("--seal");
        var payload = parse.GetValue<string?>("--payment-payload");
        var notes = parse.GetValue<string[]>("--payment-note");
        return new(database, new DocumentRenderer(layout), TimeProvider.System, defaults with
        {
            GeneratedBy = string.IsNullOrWhiteSpace(by) ? defaults.GeneratedBy : by,
            MaxDegreeOfParallelism = parallel ?? defaults.MaxDegreeOfParallelism,
            Seal = string.IsNullOrWhiteSpace(seal) ? defaults.Seal : seal,
            PaymentPayloadFormat = string.IsNullOrWhiteSpace(payload) ? defaults.PaymentPayloadFormat : payload,
            PaymentNotes = notes is { Length: > 0 } ? notes : defaults.PaymentNotes,
        });
    }
}
