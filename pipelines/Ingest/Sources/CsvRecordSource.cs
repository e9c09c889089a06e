using CsvHelper;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads a UTF-8, comma-separated file with a header row. Records are named by the physical file line they start
/// on (the header is line 1; blank and whitespace-only lines are skipped but counted). Short rows give nulls,
/// malformed quoting is recovered, and a row with more fields than the header is rejected, so a bad row becomes a
/// reject with a reason instead of stopping the run. A duplicated header name, binary data and text that is not
/// UTF-8 are faults of the file: they stop the run with the line.
/// </summary>
internal static class CsvRecordSource
{
    private const string Format = "CSV file";

    // Rows are handed on in batches of this many, column by column, so a row costs no object of its own.
    private const int BatchRows = 4096;

    public static FileRecords Open(string path)
    {
        var (header, line) = ReadHeader(path);
        CheckColumns(path, header, line);
        var names = header.Select(h => h.Length == 0 ? null : h).ToList();
        return new FileRecords(path, Format, header, _ => Read(path, names))
        {
            Stored = header.Where(h => h.Length > 0).ToDictionary(h => h, _ => new StoredColumn(ColumnTypes.Text, "text"), StringComparer.Ordinal),
        };
    }

    private static (List<string> Names, long Line) ReadHeader(string path)
    {
        try
        {
            using var csv = CsvReader.FromFile(path, Options(), FileOptions.SequentialScan);
            csv.ReadHeader();
            return csv.Headers is { Count: > 0 } header && header.Any(h => !string.IsNullOrWhiteSpace(h))
                ? (header.Select(h => h.Trim()).ToList(), csv.LineNumber)
                : throw new EvaluationException(ErrorCategory.Input, "file is empty: a header row is needed", new SourceLocation(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw GuardedRecords.Unreadable(path, Format, ex);
        }
    }

    // Two columns of one name would leave one of them unread without a word: the header must name each once.
    private static void CheckColumns(string path, IReadOnlyList<string> header, long line)
    {
        var duplicate = header.Select((name, i) => (name, i)).Where(c => c.name.Length > 0).GroupBy(c => c.name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"column '{duplicate.Key}' appears {duplicate.Count()} times in the header (columns {string.Join(" and ", duplicate.Select(c => c.i + 1))}): each column must be named once",
                new SourceLocation(path, $"line {line}", duplicate.Key));
        }
    }

    // Header columns without a name are kept (as null) so every field stays at its header position.
    private static IEnumerable<RecordBatch> Read(string path, IReadOnlyList<string?> names)
    {
        using var csv = CsvReader.FromFile(path, Options(), FileOptions.SequentialScan);
        csv.ReadHeader();
        var batch = new CsvBatch(names.Count);
        while (csv.Read())
        {
            var line = csv.LineNumber;
            if (IsBlank(csv))
            {
                continue;
            }

            var row = batch.Count;
            var lineBreaks = 0;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                var field = csv.GetStringOrNull(i);
                CheckText(path, line, i < names.Count ? names[i] : null, field);
                lineBreaks += field?.TrimEnd('\r', '\n').Count(c => c == '\n') ?? 0;
                if (i < names.Count)
                {
                    batch.Values[i][row] = string.IsNullOrWhiteSpace(field) ? null : field.Trim();
                }
            }

            batch.Lines[row] = line;
            batch.Problems[row] = lineBreaks > 0 ? RunOver(lineBreaks + 1, line)
                : csv.FieldCount > names.Count ? TooManyFields(csv.FieldCount, names.Count)
                : null;
            batch.Count++;
            if (batch.Count == BatchRows)
            {
                yield return batch.Build();
                batch = new CsvBatch(names.Count);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch.Build();
        }
    }

    // Empty lines are skipped by CsvHelper; a line of spaces or tabs is skipped the same way, never read as a row.
    private static bool IsBlank(CsvReader csv) => csv.FieldCount == 1 && string.IsNullOrWhiteSpace(csv.GetStringOrNull(0));

    // Input values never hold line breaks, so a field that does is an unclosed quote that swallowed the lines
    // after it: say which lines, so none of them vanishes from the report unnoticed.
    public static string RunOver(int lines, long firstLine) =>
        $"a quoted field runs over {lines} lines from line {firstLine} (an unclosed quote?): lines {firstLine}–{firstLine + lines - 1} were read as this one row";

    // An unquoted comma inside a value (a decimal comma: 1,5) moves every later value one column on: the row's
    // values cannot be trusted, whichever field they landed in.
    public static string TooManyFields(int fields, int headerFields) =>
        $"the row has {fields} fields but the header has {headerFields}: an unquoted comma in a value (a decimal comma?) shifts the values after it";

    // The contract's CSV is UTF-8 text. A NUL is binary data; U+FFFD is what the decoder puts for bytes that are not
    // UTF-8 (a GBK export, say), which would turn names into garbage without a word.
    private static void CheckText(string path, long line, string? column, string? field)
    {
        if (field is null || field.AsSpan().IndexOfAny('\0', '\uFFFD') < 0)
        {
            return;
        }

        var message = field.Contains('\0', StringComparison.Ordinal)
            ? "holds a NUL byte: the file is binary data, not CSV text"
            : "holds bytes that are not UTF-8 (a GBK or other legacy encoding?): save the file as UTF-8";
        throw new EvaluationException(ErrorCategory.Input, message, new SourceLocation(path, $"line {line}", column));
    }

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

    // The rows read so far of one batch; a short row leaves its missing fields null.
    private sealed class CsvBatch(int columns)
    {
        public int Count { get; set; }

        public string?[][] Values { get; } = Enumerable.Range(0, columns).Select(_ => new string?[BatchRows]).ToArray();

        public long[] Lines { get; } = new long[BatchRows];

        public string?[] Problems { get; } = new string?[BatchRows];

        public RecordBatch Build() => new()
        {
            Count = Count,
            Columns = Values.Select(v => (SourceColumn?)new TextColumn(v)).ToArray(),
            Unit = "line",
            Numbers = Lines,
            Problems = Problems,
        };
    }
}
