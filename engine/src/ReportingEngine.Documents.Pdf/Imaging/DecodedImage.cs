namespace ReportingEngine.Documents.Pdf.Imaging;

/// <summary>An image as 8-bit samples, ready to become a PDF image XObject.</summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Components">1 (DeviceGray) or 3 (DeviceRGB).</param>
/// <param name="Pixels">Width × Height × Components bytes, row-major, top row first.</param>
/// <param name="Alpha">Width × Height alpha bytes, or null when every pixel is opaque.</param>
internal sealed record DecodedImage(int Width, int Height, int Components, byte[] Pixels, byte[]? Alpha);
