using System.Globalization;

namespace ReportingEngine.Domain.Billing;

/// <summary>The texts of billing and collection issues, kept in one place (STYLE.md 9).</summary>
internal static class BillingMessages
{
    public static string MeterKey(string unitId, string feeItemCode, string period) =>
        $"unit {unitId} meter {feeItemCode} {period}";

    public static string UnitKey(string unitId, string period) => $"unit {unitId} {period}";

    public static string ReadingBackwards(decimal previous, decimal current) =>
        string.Create(CultureInfo.InvariantCulture, $"current reading {current} is below the previous reading {previous}; check the meter or record a meter change");

    public static string ReadingMissing(string feeItemName) =>
        $"no meter reading for {feeItemName} in this period; the bill cannot be complete without it";

    public static string ReadingDuplicated(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} meter readings for the same meter and period; keep exactly one");

    public static string NegativeRate(string feeItemCode, decimal rate) =>
        string.Create(CultureInfo.InvariantCulture, $"fee item {feeItemCode} has a negative rate {rate}");

    public static string AreaNotPositive(decimal area) =>
        string.Create(CultureInfo.InvariantCulture, $"building area {area} m² must be > 0 to charge the management fee");

    public static string ServiceUnsigned(string serviceId, string description) =>
        $"paid service {serviceId} ({description}) has no owner's signature; it is not billed until the owner confirms it";

    public static string ServiceNegative(string serviceId) =>
        $"paid service {serviceId} has a negative quantity or price";

    public static string ServiceUnknownItem(string serviceId, string feeItemId) =>
        $"paid service {serviceId} names fee item {feeItemId}, which is not an equipment-operation fee item of this community";

    public static string ParkingNegative(int spaces) =>
        string.Create(CultureInfo.InvariantCulture, $"parking spaces {spaces} must be ≥ 0");

    public static string BillPeriodMalformed(string billId, string period) =>
        $"bill {billId} has period '{period}', expected YYYY-MM";

    public static string BillNegative(string billId, decimal total) =>
        string.Create(CultureInfo.InvariantCulture, $"bill {billId} has total {total}; a bill is never negative (record a refund or credit note apart)");

    public static string PaymentNotPositive(string paymentId, decimal amount) =>
        string.Create(CultureInfo.InvariantCulture, $"payment {paymentId} has amount {amount}; payments must be > 0 (record refunds separately)");

    public static string BillOtherUnit(string billId, string unitId) =>
        $"bill {billId} belongs to unit {unitId}, not to this statement's unit";

    public static string PaymentOtherUnit(string paymentId, string unitId) =>
        $"payment {paymentId} belongs to unit {unitId}, not to this statement's unit";
}
