namespace ReportingEngine.Templating.Model;

/// <summary>A model that cannot be given to a template; becomes a <see cref="TemplateDiagnostic"/> at <see cref="MemberPath"/>.</summary>
internal sealed class ModelConversionException : Exception
{
    public ModelConversionException()
    {
        MemberPath = string.Empty;
    }

    public ModelConversionException(string message)
        : base(message)
    {
        MemberPath = string.Empty;
    }

    public ModelConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
        MemberPath = string.Empty;
    }

    public ModelConversionException(string memberPath, string message)
        : base(message)
    {
        MemberPath = memberPath;
    }

    /// <summary>Where in the model, as the template would write it (<c>bills[2].owner_name</c>).</summary>
    public string MemberPath { get; }
}
