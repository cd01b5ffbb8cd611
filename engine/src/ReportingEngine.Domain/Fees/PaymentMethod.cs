namespace ReportingEngine.Domain.Fees;

/// <summary>缴费方式.</summary>
public enum PaymentMethod
{
    /// <summary>银行代收 (委托银行代收费合同).</summary>
    BankDebit,

    /// <summary>现金.</summary>
    Cash,

    /// <summary>微信.</summary>
    Wechat,

    /// <summary>支付宝.</summary>
    Alipay,

    /// <summary>银行转账.</summary>
    Transfer,
}
