using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Opens an input file with the reader its extension names, and checks its required columns: a column that is
/// absent, or stored as a type inputs cannot use, is missing. A spatial Parquet file needs its WKB
/// <c>geometry</c> column like any other required column.
/// </summary>
public static class InputFileReader
{
    public static RecordSource Open(string path, string dataset, IReadOnlyList<string> requiredColumns, bool spatial)
    {
        if (InputPath.Problem(path) is { } problem)
        {
            throw new EvaluationException(ErrorCategory.Input, $"input '{dataset}' file {problem}", new SourceLocation(path));
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var source = extension switch
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
        var required = spatial && extension == ".parquet" ? [.. requiredColumns, ParquetRecordSource.GeometryColumn] : requiredColumns;
        var missing = required.Where(c => !source.Columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"missing required column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))} for input '{dataset}'",
                new SourceLocation(path));
        }

        var unusable = required.FirstOrDefault(source.Unusable.ContainsKey);
        if (unusable is not null)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"missing required column '{unusable}' for input '{dataset}': the column holds {source.Unusable[unusable]}, but inputs need text or numbers",
                new SourceLocation(path, null, unusable));
        }

        return source;
    }
}
