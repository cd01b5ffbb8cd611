using ReportingEngine.Documents.Markup;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Tests.TestSupport;

/// <summary>The real customer-notice profile and a conforming hand-written notice, for tests to vary.</summary>
internal static class Notice
{
    public const string File = "templates/customer-notice/template.sbn";

    private static readonly Lazy<DocumentProfile> LazyProfile = new(() =>
    {
        var path = RepoRoot.Combine("templates", "customer-notice", "profile.json");
        var result = ProfileLoader.Load(System.IO.File.ReadAllText(path), "templates/customer-notice/profile.json", "customer-notice");
        return result.Profile ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    });

    public static DocumentProfile Profile => LazyProfile.Value;

    /// <summary>Markup like the template's output for sample.json (as the templating layer would render it).</summary>
    public const string Markup = """
        <document kind="customer-notice" title="关于小区二次供水水箱清洗停水的通知" id="YGHY-TZ-2026-047" date="2026-11-20" lang="zh-CN">
          <info author="阳光花园物业服务中心" subject="阳光花园 重要（紧急）通知"/>
          <header>
            <p style="kind-label">【重要（紧急）通知】阳光花园</p>
          </header>
          <footer>
            <p style="footer">第 <page/> 页 共 <pages/> 页</p>
          </footer>
          <h1 title="true" bookmark="title">关于小区二次供水水箱清洗停水的通知</h1>
          <p style="salutation">尊敬的各位业主、住户：</p>
          <p>为保障小区生活用水水质安全，物业服务中心定于2026年11月24日（星期二）对小区二次供水水箱进行清洗消毒，
             届时将暂停供水。</p>
          <p>停水期间请您提前做好储水准备，并关闭家中水龙头及热水器进水阀。</p>
          <table columns="4,6" header-rows="1">
            <tr><td shading="F2F2F2"><b>范围</b></td><td shading="F2F2F2"><b>时间</b></td></tr>
            <tr><td>1号楼—6号楼</td><td>2026年11月24日 08:00—12:00</td></tr>
          </table>
          <p>如有疑问，请致电阳光花园物业服务中心24小时服务电话：<span style="emphasis">010-6288 1234</span>。</p>
          <p>特此通知。</p>
          <p style="validity" role="validity">本通知自张贴之日起生效，有效期至2026年11月27日。</p>
          <keep-together>
            <p style="signoff">阳光花园物业服务中心</p>
            <image src="seal.png" width-mm="40" align="right" placement="over-previous" seal="true" alt="阳光花园物业服务中心公章"/>
            <p style="signoff" role="posting-date">2026年11月20日</p>
          </keep-together>
        </document>
        """;

    public static ParseResult Parse(string markup, DocumentProfile? profile = null) =>
        MarkupParser.Parse(markup, File, profile ?? Profile, new MemoryResources());

    /// <summary>Wraps body markup in a minimal document of the notice profile.</summary>
    public static string Body(string body) =>
        $"""<document title="T" id="X-1" date="2026-11-20">{body}</document>""";
}
