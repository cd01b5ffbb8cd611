using ReportingEngine.Templating.Diagnostics;

namespace ReportingEngine.Templating.Loading;

/// <summary>
/// Reads a kind's folder and the shared folders (<c>_shared/</c>, <c>_assets/</c>: every top-level folder whose
/// name starts with '_') into memory, so that the parsed templates, the includes and the version all come from
/// the same bytes.
/// </summary>
/// <remarks>
/// Names starting with '.' (editor and OS files) are skipped, at any depth. Symbolic links are refused: a
/// link could point outside the templates root.
/// </remarks>
internal sealed class TemplateFolderReader
{
    private readonly string _root;
    private readonly string _displayRoot;

    public TemplateFolderReader(string root, string displayRoot)
    {
        _root = Path.GetFullPath(root);
        _displayRoot = displayRoot;
    }

    public string DisplayPath(string relativePath) =>
        _displayRoot.Length == 0 ? relativePath : _displayRoot.TrimEnd('/') + "/" + relativePath;

    public bool KindFolderExists(string kind) => Directory.Exists(Path.Combine(_root, kind));

    public FolderSnapshot Read(string kind, CancellationToken cancellationToken)
    {
        var files = new List<TemplateFile>();
        var diagnostics = new List<TemplateDiagnostic>();
        ReadFolder(kind, files, diagnostics, cancellationToken);
        foreach (var shared in SharedFolders())
        {
            ReadFolder(shared, files, diagnostics, cancellationToken);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new FolderSnapshot(files, TemplateVersion.Compute(files), diagnostics);
    }

    // Folders named "_…" hold what every kind may use (_shared/ includes, _assets/ seal and logo images);
    // a document depends on them, so they are part of every kind's version.
    private string[] SharedFolders()
    {
        if (!Directory.Exists(_root))
        {
            return [];
        }

        return new DirectoryInfo(_root)
            .EnumerateDirectories("_*", new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 })
            .Select(d => d.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private void ReadFolder(string folderName, List<TemplateFile> files, List<TemplateDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var folder = new DirectoryInfo(Path.Combine(_root, folderName));
        if (!folder.Exists)
        {
            return;
        }

        if (folder.LinkTarget is not null)
        {
            diagnostics.Add(new TemplateDiagnostic(DisplayPath(folderName), 0, 0, TemplateMessages.SymbolicLinkRefused));
            return;
        }

        Walk(folder, folderName, files, diagnostics, cancellationToken);
    }

    private void Walk(DirectoryInfo folder, string relativeFolder, List<TemplateFile> files, List<TemplateDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        FileSystemInfo[] entries;
        try
        {
            // Ordinal order: diagnostics come out the same on every machine.
            entries = folder.GetFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new TemplateDiagnostic(DisplayPath(relativeFolder), 0, 0, TemplateMessages.CannotRead(ex.Message)));
            return;
        }

        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var relative = relativeFolder + "/" + entry.Name;
            if (entry.LinkTarget is not null)
            {
                diagnostics.Add(new TemplateDiagnostic(DisplayPath(relative), 0, 0, TemplateMessages.SymbolicLinkRefused));
                continue;
            }

            if (entry is DirectoryInfo sub)
            {
                Walk(sub, relative, files, diagnostics, cancellationToken);
                continue;
            }

            byte[] raw;
            try
            {
                raw = File.ReadAllBytes(entry.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new TemplateDiagnostic(DisplayPath(relative), 0, 0, TemplateMessages.CannotRead(ex.Message)));
                continue;
            }

            var isText = TemplateVersion.IsTextFile(entry.Name);
            files.Add(new TemplateFile(relative, isText ? TemplateVersion.NormalizeText(raw) : raw, isText));
        }
    }
}
