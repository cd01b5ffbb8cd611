using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Domain.Tests.Billing;

/// <summary>Hand-made fee records for the billing and arrears tests.</summary>
internal static class FeeFixtures
{
    public const string Unit = "U-3-1202";

    public static readonly FeeItem Management = new("FI-MGMT", "C1", "MGMT", "物业管理费", FeeKind.Management, RateBasis.PerSquareMetre, 2.35m, "m²");
    public static readonly FeeItem Parking = new("FI-PARK", "C1", "PARK", "停车费", FeeKind.Parking, RateBasis.PerUnit, 300m, "个");
    public static readonly FeeItem Water = new("FI-WATER", "C1", "WATER", "水费", FeeKind.Water, RateBasis.Metered, 5.8m, "m³");
    public static readonly FeeItem Electricity = new("FI-ELEC", "C1", "ELEC", "电费", FeeKind.Electricity, RateBasis.Metered, 0.4883m, "kWh");
    public static readonly FeeItem Equipment = new("FI-EQUIP", "C1", "EQUIP", "楼宇设备运行费", FeeKind.EquipmentOperation, RateBasis.Fixed, 0m, "次");

    /// <summary>A bill of the default schedule: notice on the 15th, due on the 20th (R-FEE-2).</summary>
    public static Bill Bill(string period, decimal total, string unit = Unit)
    {
        var dates = FeeSchedule.For(BillingPeriod.Parse(period));
        return new Bill($"B-{unit}-{period}", unit, period, dates.NoticeOn, dates.DueOn, total);
    }

    public static Payment Pay(string id, string billId, DateOnly on, decimal amount, string unit = Unit) =>
        new(id, billId, unit, on, amount, PaymentMethod.Wechat, $"R-{id}");

    public static MeterReading Reading(FeeItem item, string period, decimal previous, decimal current, string unit = Unit) =>
        new($"M-{item.Code}-{period}", unit, item.Id, period, previous, current, BillingPeriod.Parse(period).FirstDay.AddDays(24));

    public static Delivery Delivered(string id, string period, DateOnly on, DeliveryEvidence evidence, string reference = "SF1234567890", bool notarized = false, string unit = Unit) =>
        new(id, unit, DeliveredDocumentKind.FeeNotice, period, 500m, on, evidence, notarized, reference, "管家 王丽");

    public static CollectionAction Visit(string id, DateOnly on, CollectionOutcome outcome, string unit = Unit) =>
        new(id, unit, CollectionActionKind.Visit, on.ToDateTime(new TimeOnly(19, 30)), "张伟、李娜", outcome, null, 500m, string.Empty);

    public static CollectionAction Letter(string id, DateOnly on, ApprovalState state, string unit = Unit) =>
        new(id, unit, CollectionActionKind.LawyerLetter, on.ToDateTime(new TimeOnly(10, 0)), "客服部", CollectionOutcome.Pending, state, 500m, string.Empty);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
