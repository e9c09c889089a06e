using Microsoft.Data.Sqlite;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The srs_id GeoPackage's gpkg_geometry_columns gives the feature table the tool reads (the first by name, as
/// GeoPackageRecordSource takes it), and that srs's row of gpkg_spatial_ref_sys: an EPSG code the registry knows is
/// that CRS, any other row is read from its WKT definition. srs_id 0 and -1, and a definition "undefined", are
/// GeoPackage's way of saying nothing: no declaration.
/// </summary>
internal static class GeoPackageSrs
{
    private const string Query =
        "SELECT g.srs_id, s.organization, s.organization_coordsys_id, s.definition, s.srs_name " +
        "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name " +
        "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id " +
        "WHERE c.data_type = 'features' ORDER BY c.table_name LIMIT 1";

    public static DeclaredCrs? Read(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Query;
            using var reader = command.ExecuteReader();
            return reader.Read() ? Declaration(reader) : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static DeclaredCrs? Declaration(SqliteDataReader row)
    {
        var srsId = row.GetInt64(0);
        if (srsId is 0 or -1)
        {
            return null;
        }

        var source = $"its GeoPackage srs_id {srsId}";
        if (row.IsDBNull(1))
        {
            return new DeclaredCrs(source, null, $"srs_id {srsId} has no row in gpkg_spatial_ref_sys");
        }

        var organization = row.GetString(1);
        var code = row.IsDBNull(2) ? 0 : row.GetInt64(2);
        var definition = row.IsDBNull(3) ? string.Empty : row.GetString(3);
        var name = row.IsDBNull(4) ? string.Empty : row.GetString(4);
        if (organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && code is > 0 and <= int.MaxValue && CrsRegistry.Epsg((int)code) is { } registered)
        {
            return new DeclaredCrs(source, registered, null);
        }

        if (definition.Trim().Equals("undefined", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var (crs, problem) = WktCrs.Parse(definition);
        return new DeclaredCrs(source, crs, problem is null ? null : $"{organization}:{code} ('{name}'): {problem}");
    }
}
