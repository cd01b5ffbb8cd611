using ReportingEngine.Domain.Service;

namespace ReportingEngine.Domain.Tests.Service;

internal static class ServiceFixtures
{
    public static readonly DateTime Received = new(2026, 3, 10, 9, 0, 0);

    public static DateTime At(int minutes, int seconds = 0) => Received.AddMinutes(minutes).AddSeconds(seconds);

    public static Complaint Complaint(ComplaintLevel level, DateTime? fixedAt, DateTime? repliedAt, string id = "CP1", DateTime? received = null, string category = "保洁") =>
        new(id, "C01-B01-0101", "C01", level, category, "楼道垃圾未清运", received ?? Received, fixedAt, repliedAt, "保洁部", "");

    public static Repair Repair(DateTime? dispatched, DateTime? arrived, DateTime? finished = null, DateTime? followedUp = null, bool urgent = false, string id = "RP1", DateTime? called = null, string? repeatOf = null, string category = "水电", string? verdict = "满意") =>
        new(id, "C01-B01-0101", category, "厨房水龙头漏水", urgent, called ?? Received, dispatched, arrived, finished, "赵师傅", followedUp, followedUp is null ? null : verdict, repeatOf);

    public static Visit Visit(string id, DateOnly on, bool managerJoined, string unitId = "C01-B01-0101", string topic = "例行走访", string visitors = "周敏") =>
        new(id, unitId, on, managerJoined ? "服务中心经理 孙建华、" + visitors : visitors, managerJoined, topic, "业主建议加强停车管理");

    public static CheckResult Check(ComplaintAssessment assessment, ServiceCheck check) => assessment.Checks.Single(c => c.Check == check);

    public static CheckResult Check(RepairAssessment assessment, ServiceCheck check) => assessment.Result(check) ?? throw new InvalidOperationException($"{check} not measured");
}
