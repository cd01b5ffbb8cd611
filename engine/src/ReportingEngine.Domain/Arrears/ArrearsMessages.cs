using System.Globalization;

namespace ReportingEngine.Domain.Arrears;

/// <summary>The texts of collection and limitation issues and reasons, kept in one place (STYLE.md 9).</summary>
internal static class ArrearsMessages
{
    public static string DeliveryKey(string unitId, string deliveryId) => $"unit {unitId} delivery {deliveryId}";

    public static string AcknowledgementKey(string unitId, string id) => $"unit {unitId} acknowledgement {id}";

    public static string DeliveryPeriodMalformed(string period) =>
        $"delivery states period '{period}', expected YYYY-MM; it cannot interrupt any limitation period";

    public static string DeliveryWithoutAmount(decimal amount) =>
        string.Create(CultureInfo.InvariantCulture, $"delivery states amount {amount}; R-COL-2 evidence must state the amount owed");

    public static string WaybillMissing() => "post/courier delivery without a waybill number is not evidence of delivery";

    public static string PostingNotNotarized() => "public posting is not notarized; it counts, but keep the posting record and photographs";

    public static string PostingNotarizationRequired() => "public posting is not notarized and this profile requires notarization";

    public static string AcknowledgementPeriodMalformed(string period) =>
        $"acknowledgement names period '{period}', expected YYYY-MM";

    public static string DeliveryAfterExpiry(string period) =>
        $"delivered after period {period} was already time-barred; a demand does not revive it (Civil Code art. 192 needs the debtor's consent)";

    public static string NotEnoughStaff(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} staff given; a door-visit team needs at least 2 (R-COL-1)");

    public static string NoSlots() => "no evening or weekend slot in the planning window (R-COL-1)";

    public static string SlotsFull(string unitLabel) => $"{unitLabel}: every slot in the planning window is full";

    public static string UnitKey(string unitId) => $"unit {unitId}";
}
