using System.Text.Json;
using Parquet;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The CRS GeoParquet metadata gives the <c>geometry</c> column (the one the tool reads): the file's <c>geo</c>
/// key-value metadata, <c>columns.geometry.crs</c>, PROJJSON (see <see cref="ProjJsonCrs"/>). By the GeoParquet
/// spec a column without a crs member is OGC:CRS84 and <c>"crs": null</c> means unknown. A Parquet file without
/// <c>geo</c> metadata (plain WKB) declares nothing.
/// </summary>
internal static class GeoParquetCrs
{
    private const string GeometryColumn = "geometry";

    public static DeclaredCrs? Read(string path)
    {
        string? geo;
        try
        {
            var reader = ParquetReader.CreateAsync(path, null, CancellationToken.None).GetAwaiter().GetResult();
            try
            {
                geo = reader.CustomMetadata.GetValueOrDefault("geo");
            }
            finally
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The Parquet reader reports a file it cannot read, with the row group where it breaks.
            return null;
        }

        return geo is null ? null : Declaration(geo);
    }

    private static DeclaredCrs? Declaration(string geo)
    {
        const string Source = "its GeoParquet metadata";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geo);
        }
        catch (JsonException ex)
        {
            return new DeclaredCrs(Source, null, $"the 'geo' metadata is not JSON: {ex.Message.Split('\n', 2)[0].Trim()}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Object
                || !columns.TryGetProperty(GeometryColumn, out var column) || column.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (!column.TryGetProperty("crs", out var crs))
            {
                return new DeclaredCrs($"{Source}, without a crs member", CrsRegistry.Crs84, null);
            }

            return crs.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => DeclaredCrs.Of(Source, CrsText.Parse(crs.GetString()!)),
                _ => DeclaredCrs.Of(Source, ProjJsonCrs.Parse(crs)),
            };
        }
    }
}
