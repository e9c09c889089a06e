using CsvHelper;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads a UTF-8, comma-separated file with a header row. Short rows give nulls and malformed quoting is
/// recovered, so a bad row becomes a reject with a reason instead of stopping the run.
/// </summary>
internal static class CsvRecordSource
{
    public static RecordSource Open(string path)
    {
        var header = ReadHeader(path);
        var columns = header.Select((name, i) => (name, i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return new RecordSource(path, columns.Keys.ToHashSet(StringComparer.Ordinal), Read(path, columns));
    }

    private static List<string> ReadHeader(string path)
    {
        using var csv = CsvReader.FromFile(path, Options(), FileOptions.SequentialScan);
        csv.ReadHeader();
        return csv.Headers is { Count: > 0 } header && header.Any(h => !string.IsNullOrWhiteSpace(h))
            ? header.Select(h => h.Trim()).ToList()
            : throw new EvaluationException(ErrorCategory.Input, "file is empty: a header row is needed", new SourceLocation(path));
    }

    private static IEnumerable<RawRecord> Read(string path, IReadOnlyDictionary<string, int> columns)
    {
        using var csv = CsvReader.FromFile(path, Options(), FileOptions.SequentialScan);
        csv.ReadHeader();
        var row = 0;
        while (csv.Read())
        {
            row++;
            var values = new object?[csv.FieldCount];
            var lineBreaks = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var field = csv.GetStringOrNull(i);
                lineBreaks += field?.TrimEnd('\r', '\n').Count(c => c == '\n') ?? 0;
                values[i] = string.IsNullOrWhiteSpace(field) ? null : field.Trim();
            }

            yield return new RawRecord($"row {row}", columns, values, null, lineBreaks == 0 ? null : RunOver(lineBreaks + 1, csv.LineNumber));
        }
    }

    // Input values never hold line breaks, so a field that does is an unclosed quote that swallowed the lines
    // after it: say which lines, so none of them vanishes from the report unnoticed.
    public static string RunOver(int lines, long firstLine) =>
        $"a quoted field runs over {lines} lines from line {firstLine} (an unclosed quote?): lines {firstLine}–{firstLine + lines - 1} were read as this one row";

    private static CsvReaderOptions Options() => new()
    {
        TrackLineNumbers = true,
        Separator = ',',
        HasHeader = true,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
        SkipEmptyLines = true,
    };
}
