namespace ReportingEngine.Domain.Fees;

/// <summary>收费项目类别 (R-FEE-1).</summary>
public enum FeeKind
{
    /// <summary>物业管理费.</summary>
    Management,

    /// <summary>楼宇设备运行费 (paid services confirmed by the owner's signature, settled monthly).</summary>
    EquipmentOperation,

    /// <summary>停车费.</summary>
    Parking,

    /// <summary>水费 (pass-through).</summary>
    Water,

    /// <summary>电费 (pass-through).</summary>
    Electricity,

    /// <summary>往期欠费结转 — arrears carried forward from before the bill history.</summary>
    ArrearsCarried,
}
