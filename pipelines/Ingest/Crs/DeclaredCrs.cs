namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// What an input file says about its own CRS. <see cref="Source"/> says where ("its .prj", "its GeoPackage srs_id 4547");
/// <see cref="Crs"/> is the CRS when it is one the tool accepts, <see cref="Problem"/> why not otherwise (Xian 1980, a
/// .prj that does not parse). <see cref="FormatDefault"/> marks what a format implies without the file saying it
/// (RFC 7946 GeoJSON without a crs member is WGS 84): used when the config gives no crs, never held against one.
/// </summary>
public sealed record DeclaredCrs(string Source, CrsDefinition? Crs, string? Problem, bool FormatDefault = false)
{
    public static DeclaredCrs Of(string source, (CrsDefinition? Crs, string? Problem) parsed) => new(source, parsed.Crs, parsed.Problem);

    /// <summary>
    /// The declaration of the file at <paramref name="path"/>, by its extension; null when it declares none. A file
    /// too damaged to tell is left to its reader, which reports the damage with its position.
    /// </summary>
    public static DeclaredCrs? Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".shp" => ShapefilePrj.Read(path),
        ".gpkg" => GeoPackageSrs.Read(path),
        ".parquet" => GeoParquetCrs.Read(path),
        ".geojson" or ".json" => GeoJsonCrs.Read(path),
        _ => null,
    };
}
