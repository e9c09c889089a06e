using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Opens an input file with the reader its extension names, where it lies, and lays its columns out by contract
/// column: each is read from the file column of its name or the one <c>inputs.&lt;dataset&gt;.columns</c> maps it to,
/// and a constant <c>inputs.&lt;dataset&gt;.year</c> gives a file without a year column its year. A mapped column the
/// file lacks, a required column it lacks, and a column stored as a kind its contract column does not take (a
/// boolean <c>minutes</c>) stop the run naming the file and column. A spatial Parquet file needs its WKB
/// <c>geometry</c> column like any other required column.
/// </summary>
public static class InputFileReader
{
    public static RecordSource Open(InputSpec spec, bool spatial)
    {
        var (path, dataset) = (spec.Path, spec.Dataset);
        if (InputPath.Problem(path) is { } problem)
        {
            throw new EvaluationException(ErrorCategory.Input, $"input '{dataset}' file {problem}", new SourceLocation(path));
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var file = extension switch
        {
            ".csv" when !spatial => CsvRecordSource.Open(path),
            ".parquet" => ParquetRecordSource.Open(path, dataset, spatial),
            ".geojson" or ".json" when spatial => GeoJsonRecordSource.Open(path),
            ".shp" when spatial => ShapefileRecordSource.Open(path),
            ".gpkg" when spatial => GeoPackageRecordSource.Open(path, dataset),
            _ => throw new EvaluationException(
                ErrorCategory.Input,
                $"unsupported format '{extension}' for input '{dataset}' ({(spatial ? ".geojson, .shp, .gpkg or .parquet with a WKB geometry column" : ".csv or .parquet")})",
                new SourceLocation(path)),
        };

        var layout = Layout(spec, file);
        var required = InputColumns.Required(dataset).Where(c => !layout.Has(c)).ToList();
        if (spatial && extension == ".parquet" && !file.Columns.Contains(ParquetRecordSource.GeometryColumn))
        {
            required.Add(ParquetRecordSource.GeometryColumn);
        }

        if (required.Count > 0)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"missing required column{(required.Count > 1 ? "s" : string.Empty)} {string.Join(", ", required.Select(m => $"'{m}'"))} for input '{dataset}'",
                new SourceLocation(path));
        }

        var stored = Stored(spec, file, layout);
        var records = Rows(GuardedRecords.Of(path, file.Format, file.Read(layout.FileIndexes)), layout.Build());
        return new RecordSource(path, layout.Names.ToHashSet(StringComparer.Ordinal), records) { Stored = stored, Rows = file.Rows };
    }

    private static LayoutBuilder Layout(InputSpec spec, FileRecords file)
    {
        var layout = new LayoutBuilder();
        foreach (var (column, fileColumn) in spec.Columns ?? new Dictionary<string, string>())
        {
            if (!file.Columns.Contains(fileColumn))
            {
                throw new EvaluationException(
                    ErrorCategory.Input,
                    $"input '{spec.Dataset}' maps {column} to column '{fileColumn}' (inputs.{spec.Dataset}.columns), which the file does not have (its columns: {Listed(file.Columns)})",
                    new SourceLocation(spec.Path, null, fileColumn));
            }
        }

        foreach (var column in InputColumns.Names(spec.Dataset))
        {
            var index = IndexOf(file.Columns, spec.FileColumn(column));
            if (index >= 0)
            {
                layout.Indexes[column] = index;
            }
        }

        if (spec.Year is { } year)
        {
            // The config's year would silently override the file's, or the file's the config's: one of them is a mistake.
            if (layout.Has(InputColumns.Year))
            {
                throw new EvaluationException(
                    ErrorCategory.Config,
                    $"inputs.{spec.Dataset}.year gives every row the year {year}, but the file has a year column '{InputColumns.Year}': drop inputs.{spec.Dataset}.year to read the file's years",
                    new SourceLocation(spec.Path, null, InputColumns.Year));
            }

            layout.Constants[InputColumns.Year] = new ConstantColumn(FieldValue.OfInteger(year));
        }

        return layout;
    }

    // A column stored as a kind its contract column does not take is no mistake of one row: the whole column is.
    private static Dictionary<string, ColumnTypes> Stored(InputSpec spec, FileRecords file, LayoutBuilder layout)
    {
        var stored = new Dictionary<string, ColumnTypes>(StringComparer.Ordinal);
        if (file.Stored is null)
        {
            return stored;
        }

        foreach (var column in InputColumns.Of(spec.Dataset).Where(c => layout.Indexes.ContainsKey(c.Name)))
        {
            var fileColumn = spec.FileColumn(column.Name);
            var kind = file.Stored[fileColumn];
            if ((kind.Kind & column.Accepts) == ColumnTypes.None)
            {
                var which = fileColumn == column.Name ? $"column '{column.Name}'" : $"column '{fileColumn}' (mapped to {column.Name})";
                throw new EvaluationException(
                    ErrorCategory.Input,
                    $"{which} of input '{spec.Dataset}' holds {kind.Description}, but {column.Name} takes {column.DescribeAccepted()}",
                    new SourceLocation(spec.Path, null, fileColumn));
            }

            stored[column.Name] = kind.Kind;
        }

        if (spec.Year is not null)
        {
            stored[InputColumns.Year] = ColumnTypes.Integer;
        }

        return stored;
    }

    private static IEnumerable<RawRecord> Rows(IEnumerable<RecordBatch> batches, ColumnLayout layout)
    {
        foreach (var batch in batches)
        {
            for (var row = 0; row < batch.Count; row++)
            {
                yield return new RawRecord(batch, layout, row);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Listed(IReadOnlyList<string> columns) =>
        columns.Count <= 20 ? string.Join(", ", columns) : $"{string.Join(", ", columns.Take(20))} and {columns.Count - 20} more";

    private sealed class LayoutBuilder
    {
        public Dictionary<string, int> Indexes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, SourceColumn> Constants { get; } = new(StringComparer.Ordinal);

        public IEnumerable<string> Names => Indexes.Keys.Concat(Constants.Keys);

        public IReadOnlySet<int> FileIndexes => Indexes.Values.ToHashSet();

        public bool Has(string column) => Indexes.ContainsKey(column) || Constants.ContainsKey(column);

        public ColumnLayout Build() => new(Indexes, Constants);
    }
}
