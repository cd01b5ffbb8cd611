using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Fees;

/// <summary>Rebuilding a registered file byte for byte from the data and the template.</summary>
public sealed partial class FeeNoticeBatch
{
    /// <summary>
    /// Rebuilds every registered format of <paramref name="archiveNumber"/> into <paramref name="outputFolder"/>.
    /// Refuses, with the reason, when the template or the data changed since the file was generated.
    /// </summary>
    public async Task<RegenerationResult> RegenerateAsync(string archiveNumber, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(archiveNumber);
        ArgumentException.ThrowIfNullOrEmpty(outputFolder);
        var entries = await register.FindAsync(archiveNumber, cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            return Refused(FeeMessages.UnknownArchiveNumber(archiveNumber));
        }

        var first = entries[0];
        if (!BillingPeriod.TryParse(first.Period, out var period))
        {
            return Refused(FeeMessages.BadPeriod(archiveNumber, first.Period));
        }

        var templateKind = first.Kind switch
        {
            NoticeKind or PrintKind => NoticeKind,
            ReceiptsKind => ReceiptsKind,
            _ => null,
        };
        if (templateKind is null)
        {
            return Refused(FeeMessages.UnknownKind(archiveNumber, first.Kind));
        }

        var version = renderer.TemplateVersion(templateKind, cancellationToken);
        if (!string.Equals(version, first.TemplateVersion, StringComparison.Ordinal))
        {
            return Refused(FeeMessages.TemplateChanged(archiveNumber, templateKind, first.TemplateVersion, version));
        }

        var unitId = first.Kind == NoticeKind ? first.Subject : null;
        var data = await LoadSubjectAsync(first, unitId, period, cancellationToken).ConfigureAwait(false);
        if (data is null || data.Notices.Count == 0)
        {
            return Refused(FeeMessages.SubjectGone(archiveNumber, first.Subject));
        }

        IReadOnlyList<(string Format, byte[] Content)> files;
        string dataHash;
        switch (first.Kind)
        {
            case NoticeKind:
            {
                var model = data.Notices[0].Model;
                dataHash = ContentHash.OfModel(model);
                if (!string.Equals(dataHash, first.DataHash, StringComparison.Ordinal))
                {
                    return Refused(FeeMessages.DataChanged(archiveNumber, first.DataHash, dataHash));
                }

                var outcome = renderer.Render(NoticeKind, model, [.. entries.Select(e => e.Format)], cancellationToken);
                if (!outcome.Succeeded)
                {
                    return new RegenerationResult([], outcome.Problems);
                }

                files = [.. outcome.Files.Select(f => (f.Format, f.Content))];
                break;
            }

            case PrintKind:
            {
                dataHash = PrintDataHash(data);
                if (!string.Equals(dataHash, first.DataHash, StringComparison.Ordinal))
                {
                    return Refused(FeeMessages.DataChanged(archiveNumber, first.DataHash, dataHash));
                }

                var print = BuildPrint(data, archiveNumber, new MemoryStream(), cancellationToken, out var problems);
                if (print is null)
                {
                    return new RegenerationResult([], problems);
                }

                files = [("pdf", print.Value.ToArray())];
                break;
            }

            default:
            {
                var companies = await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false);
                var company = companies.FirstOrDefault(c => string.Equals(c.Id, data.Community.CompanyId, StringComparison.Ordinal));
                var receipts = ReceiptsModel(company, data, period);
                dataHash = ContentHash.OfModel(receipts);
                if (!string.Equals(dataHash, first.DataHash, StringComparison.Ordinal))
                {
                    return Refused(FeeMessages.DataChanged(archiveNumber, first.DataHash, dataHash));
                }

                var outcome = renderer.Render(ReceiptsKind, receipts, [.. entries.Select(e => e.Format)], cancellationToken);
                if (!outcome.Succeeded)
                {
                    return new RegenerationResult([], outcome.Problems);
                }

                files = [.. outcome.Files.Select(f => (f.Format, f.Content))];
                break;
            }
        }

        var written = new List<string>();
        var mismatches = new List<string>();
        foreach (var (format, content) in files)
        {
            var entry = entries.First(e => string.Equals(e.Format, format, StringComparison.Ordinal));
            if (!string.Equals(ContentHash.Sha256(content), entry.FileSha256, StringComparison.Ordinal))
            {
                mismatches.Add(FeeMessages.NotIdentical(archiveNumber, format, entry.EngineBuild, EngineBuild.Current));
                continue;
            }

            var path = Path.Combine(outputFolder, FileNames.Sanitize(entry.FileName));
            await AtomicFile.WriteAsync(path, content, cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }

        return new RegenerationResult(written, mismatches);
    }

    private async Task<BuildingNotices?> LoadSubjectAsync(RegisterEntry entry, string? unitId, BillingPeriod period, CancellationToken cancellationToken)
    {
        string buildingId;
        if (unitId is not null)
        {
            UnitListing? listing = null;
            await foreach (var found in reader.StreamUnitsAsync(UnitScope.Unit(unitId), cancellationToken).ConfigureAwait(false))
            {
                listing ??= found;
            }

            if (listing is null)
            {
                return null;
            }

            buildingId = listing.Building.Id;
        }
        else
        {
            buildingId = entry.Subject;
        }

        var building = (await reader.GetBuildingsAsync(UnitScope.Building(buildingId), cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(b => string.Equals(b.Id, buildingId, StringComparison.Ordinal));
        if (building is null)
        {
            return null;
        }

        var community = (await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(c => string.Equals(c.Id, building.CommunityId, StringComparison.Ordinal));
        if (community is null)
        {
            return null;
        }

        var company = (await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(c => string.Equals(c.Id, community.CompanyId, StringComparison.Ordinal));
        var source = new FeeNoticeSource(reader, options);
        return await source.LoadAsync(company, community, building, period, unitId, cancellationToken).ConfigureAwait(false);
    }

    private static RegenerationResult Refused(string problem) => new([], [problem]);
}
