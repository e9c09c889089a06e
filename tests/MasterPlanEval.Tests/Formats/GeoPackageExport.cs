using MasterPlanEval.Ingest.Crs;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// Writes a minimal GeoPackage with Microsoft.Data.Sqlite: the three required metadata tables
/// (gpkg_spatial_ref_sys, gpkg_contents, gpkg_geometry_columns) and one feature table whose geometry column
/// holds <see cref="GeoPackageGeoWriter"/> blobs (SQL NULL for a feature without geometry). An attributes-only
/// table listed first in gpkg_contents checks that the reader picks the feature table, not the first row.
/// </summary>
public static class GeoPackageExport
{
    public const string GeometryColumn = "geom";

    private const int Srid = 4548;

    public static void Write(
        string path,
        string table,
        IReadOnlyList<(string Name, string SqlType, Func<IFeature, object?> Value)> columns,
        IEnumerable<IFeature> features)
    {
        Assert.True(CrsRegistry.TryGet(TinyFixture.Crs, out var crs));
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, """
            PRAGMA application_id = 1196444487;
            PRAGMA user_version = 10300;
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
              srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL REFERENCES gpkg_contents(table_name), column_name TEXT NOT NULL,
              geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL REFERENCES gpkg_spatial_ref_sys(srs_id),
              z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
            CREATE TABLE a_notes (id INTEGER PRIMARY KEY, note TEXT);
            INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('a_notes', 'attributes', 'a_notes');
            """);
        Execute(
            connection,
            "INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $srid, 'EPSG', $srid, $wkt, NULL)",
            ("$name", crs.Name),
            ("$srid", Srid),
            ("$wkt", crs.ProjectedWkt ?? "undefined"));

        var columnList = string.Join(", ", columns.Select(c => $"{c.Name} {c.SqlType}"));
        Execute(connection, $"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, {GeometryColumn} GEOMETRY, {columnList})");
        Execute(
            connection,
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ($table, 'features', $table, $srid)",
            ("$table", table),
            ("$srid", Srid));
        Execute(
            connection,
            "INSERT INTO gpkg_geometry_columns VALUES ($table, $column, 'GEOMETRY', $srid, 0, 0)",
            ("$table", table),
            ("$column", GeometryColumn),
            ("$srid", Srid));

        var writer = new GeoPackageGeoWriter();
        var names = string.Join(", ", columns.Select(c => c.Name));
        var parameters = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
        foreach (var feature in features)
        {
            Geometry? geometry = feature.Geometry;
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {table} ({GeometryColumn}, {names}) VALUES ($geom, {parameters})";
            insert.Parameters.AddWithValue("$geom", geometry is null ? DBNull.Value : writer.Write(WithSrid(geometry)));
            for (var i = 0; i < columns.Count; i++)
            {
                insert.Parameters.AddWithValue($"$p{i}", columns[i].Value(feature) ?? DBNull.Value);
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static Geometry WithSrid(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.SRID = Srid;
        return copy;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
