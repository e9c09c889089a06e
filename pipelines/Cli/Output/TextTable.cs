namespace MasterPlanEval.Cli.Output;

/// <summary>Prints rows as left-aligned columns; wide (CJK) characters count as two cells.</summary>
public static class TextTable
{
    public static void Print(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((h, c) => rows.Select(r => Width(r[c])).Prepend(Width(h)).Max()).ToList();
        output.WriteLine(Line(header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((cell, c) => cell + new string(' ', widths[c] - Width(cell)))).TrimEnd();

    private static int Width(string text) => text.Sum(ch => ch >= 0x2E80 && ch <= 0xFFEF ? 2 : 1);
}
