namespace ReportingEngine.Generation;

/// <summary>Messages about the scope a run was asked for, the same from every document kind and the scheduler (STYLE.md 9).</summary>
public static class ScopeMessages
{
    /// <summary>The community asked for is not in the data; names the ones that are.</summary>
    public static string UnknownCommunity(string id, IEnumerable<string> known)
    {
        var list = string.Join(", ", known);
        return $"--community {id}: error: no such community; the data has {(list.Length == 0 ? "no communities" : list)}";
    }

    /// <summary>The building asked for is not in the data (or not in the community asked for).</summary>
    public static string UnknownBuilding(string id, string? communityId) =>
        communityId is null ? $"--building {id}: error: no such building" : $"--building {id}: error: no such building in community {communityId}";
}
