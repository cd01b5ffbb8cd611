namespace ReportingEngine.Domain.Billing;

/// <summary>
/// 有偿服务 — a paid service (building-equipment operation, 楼宇设备运行费) done for a unit in a period.
/// Billed only once the owner has confirmed it by signature, settled monthly (R-FEE-1).
/// </summary>
/// <param name="Id">Identifier (work order or service record).</param>
/// <param name="UnitId">Unit served.</param>
/// <param name="FeeItemId">The equipment-operation fee item it is billed under.</param>
/// <param name="Period">Billing period <c>YYYY-MM</c> it is settled in.</param>
/// <param name="Description">Text on the notice (e.g. 空调加时运行 3 小时).</param>
/// <param name="Quantity">Quantity (hours, times).</param>
/// <param name="UnitPrice">Price per quantity unit, in yuan.</param>
/// <param name="OwnerSignedOn">Day the owner signed the confirmation, null while unsigned.</param>
public sealed record PaidService(
    string Id,
    string UnitId,
    string FeeItemId,
    string Period,
    string Description,
    decimal Quantity,
    decimal UnitPrice,
    DateOnly? OwnerSignedOn);
