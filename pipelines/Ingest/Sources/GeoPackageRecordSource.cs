using MasterPlanEval.Core.Errors;
using Microsoft.Data.Sqlite;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads the first feature table of a GeoPackage (SQLite) file; geometry blobs are GeoPackage binary. A damaged
/// database or a blob that does not decode is one input error naming the file (and the feature); a geometry
/// column that is absent or holds something other than blobs is a missing required column.
/// </summary>
internal static class GeoPackageRecordSource
{
    private const string Format = "GeoPackage";

    public static FileRecords Open(string path, string dataset)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            var (table, geometryColumn) = FirstFeatureTable(connection, path);
            return FeatureRecords.From(path, Format, ReadFeatures(connection, path, dataset, table, geometryColumn));
        }
        catch (SqliteException ex)
        {
            throw GuardedRecords.Unreadable(path, Format, ex);
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

    private static List<SourceFeature> ReadFeatures(SqliteConnection connection, string path, string dataset, string table, string geometryColumn)
    {
        var geometryReader = GeometryDecoding.GeoPackage();
        var features = new List<SourceFeature>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var geometryIndex = names.IndexOf(geometryColumn);
        if (geometryIndex < 0)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"missing required column '{geometryColumn}' for input '{dataset}': gpkg_geometry_columns names it as the geometry of table '{table}'",
                new SourceLocation(path, null, geometryColumn));
        }

        while (reader.Read())
        {
            var at = RecordPosition.Feature(features.Count);
            var attributes = new List<KeyValuePair<string, object?>>(names.Count - 1);
            for (var i = 0; i < names.Count; i++)
            {
                if (i != geometryIndex)
                {
                    attributes.Add(new(names[i], reader.IsDBNull(i) ? null : reader.GetValue(i)));
                }
            }

            var (geometry, problem) = reader.IsDBNull(geometryIndex) ? (null, null) : reader.GetValue(geometryIndex) switch
            {
                byte[] blob => GeometryDecoding.Decode(() => geometryReader.Read(blob), path, at, geometryColumn, "GeoPackage geometry"),
                var other => throw new EvaluationException(
                    ErrorCategory.Input,
                    $"missing required column '{geometryColumn}' for input '{dataset}': it holds {(other is string ? "text" : other.GetType().Name)}, but a GeoPackage geometry must be a binary blob",
                    new SourceLocation(path, at.ToString(), geometryColumn)),
            };
            features.Add(new SourceFeature(at.Number, attributes, geometry, problem));
        }

        return features;
    }
}
