using ReportingEngine.Generation.Output;

namespace ReportingEngine.Generation.Tests.Output;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("fee-notice", "FN-2026-11-0302", "fee-notice-FN-2026-11-0302")]
    [InlineData("roster", "../../etc/passwd", "roster-_.._etc_passwd")]
    [InlineData("roster", "a/b\\c:d", "roster-a_b_c_d")]
    [InlineData("checklist", "", "checklist")]
    [InlineData("checklist", "阳光花园-3-302", "checklist-阳光花园-3-302")]
    public void Ids_from_data_never_become_paths(string kind, string id, string expected) =>
        Assert.Equal(expected, FileNames.ForDocument(kind, id));
}
