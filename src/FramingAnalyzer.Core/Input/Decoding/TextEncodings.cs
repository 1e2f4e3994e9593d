using System.Text;

namespace FramingAnalyzer.Input;

/// <summary>The two encodings input files are read with: UTF-8, and Windows-1252 as the fallback for invalid UTF-8.</summary>
internal static class TextEncodings
{
    static TextEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>UTF-8 without a byte-order mark; the readers skip a file's BOM before decoding.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Windows1252 { get; }
}
