using MasterPlanEval.Core.Errors;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>Reads the first feature table of a GeoPackage (SQLite) file; geometry blobs are GeoPackage binary.</summary>
internal static class GeoPackageRecordSource
{
    public static RecordSource Open(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
            connection.Open();
            var (table, geometryColumn) = FirstFeatureTable(connection, path);
            return FeatureRecords.From(path, ReadFeatures(connection, table, geometryColumn));
        }
        catch (SqliteException ex)
        {
            throw new EvaluationException(ErrorCategory.Input, $"not a readable GeoPackage: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
    }

    private static (string Table, string GeometryColumn) FirstFeatureTable(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT c.table_name, g.column_name FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name " +
            "WHERE c.data_type = 'features' ORDER BY c.table_name LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetString(0), reader.GetString(1))
            : throw new EvaluationException(ErrorCategory.Input, "GeoPackage has no feature table", new SourceLocation(path));
    }

    private static List<IFeature> ReadFeatures(SqliteConnection connection, string table, string geometryColumn)
    {
        var geometryReader = new GeoPackageGeoReader();
        var features = new List<IFeature>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var attributes = new AttributesTable();
            NetTopologySuite.Geometries.Geometry? geometry = null;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                if (name == geometryColumn)
                {
                    geometry = value is byte[] blob ? geometryReader.Read(blob) : null;
                }
                else
                {
                    attributes.Add(name, value);
                }
            }

            features.Add(new Feature(geometry, attributes));
        }

        return features;
    }
}
