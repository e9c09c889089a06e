using System.Text;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>Writes text as UTF-8 without a BOM and with LF line ends, creating the folder.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), Utf8);
    }
}
