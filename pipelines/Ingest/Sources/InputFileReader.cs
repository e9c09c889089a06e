using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>Opens an input file with the reader its extension names, and checks its required columns.</summary>
public static class InputFileReader
{
    public static RecordSource Open(string path, string dataset, IReadOnlyList<string> requiredColumns, bool spatial)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationException(ErrorCategory.Input, $"input '{dataset}' file not found", new SourceLocation(path));
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var source = extension switch
        {
            ".csv" when !spatial => CsvRecordSource.Open(path),
            ".parquet" => ParquetRecordSource.Open(path),
            ".geojson" or ".json" when spatial => GeoJsonRecordSource.Open(path),
            ".shp" when spatial => ShapefileRecordSource.Open(path),
            ".gpkg" when spatial => GeoPackageRecordSource.Open(path),
            _ => throw new EvaluationException(
                ErrorCategory.Input,
                $"unsupported format '{extension}' for input '{dataset}' ({(spatial ? ".geojson, .shp, .gpkg or .parquet with a WKB geometry column" : ".csv or .parquet")})",
                new SourceLocation(path)),
        };
        var missing = requiredColumns.Where(c => !source.Columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"missing required column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))} for input '{dataset}'",
                new SourceLocation(path));
        }

        return source;
    }
}
