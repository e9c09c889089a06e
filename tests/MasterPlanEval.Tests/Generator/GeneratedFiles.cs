using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Tests.Generator;

/// <summary>
/// Reads generated files with independent readers (NTS GeoJSON, Parquet.Net's untyped serializer, plain
/// CSV splitting), not with the pipeline's own ingest, so a shared misunderstanding cannot hide.
/// </summary>
public static class GeneratedFiles
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static IReadOnlyDictionary<string, string> Hashes(string directory) =>
        Directory.GetFiles(directory)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    public static IReadOnlyList<IFeature> Features(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson)!.ToList();
    }

    public static IReadOnlyList<(string Id, string District, Polygon Polygon)> Subdistricts(string path) =>
        Features(path)
            .Where(f => (string)f.Attributes["level"] == "subdistrict")
            .Select(f => ((string)f.Attributes["unit_id"], (string)f.Attributes["parent_id"], (Polygon)f.Geometry))
            .ToList();

    /// <summary>Every row of a Parquet file as column name → value (strings, doubles, ints, nullable ints).</summary>
    public static async Task<IReadOnlyList<IDictionary<string, object?>>> RowsAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, null, CancellationToken.None);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<IDictionary<string, object?>>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new List<object?[]>();
            foreach (var field in fields)
            {
                columns.Add(await ColumnAsync(group, field, count));
            }

            for (var i = 0; i < count; i++)
            {
                rows.Add(fields.Select((f, c) => (f.Name, columns[c][i])).ToDictionary(p => p.Name, p => p.Item2));
            }
        }

        return rows;
    }

    private static async Task<object?[]> ColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var texts = new string?[count];
            await group.ReadAsync(field, texts.AsMemory(), null, CancellationToken.None);
            return texts;
        }

        if (field.ClrType == typeof(double))
        {
            var numbers = new double[count];
            await group.ReadAsync(field, numbers.AsMemory(), null, CancellationToken.None);
            return numbers.Select(v => (object?)v).ToArray();
        }

        if (field.ClrType == typeof(int) && field.IsNullable)
        {
            var numbers = new int?[count];
            await group.ReadAsync(field, numbers.AsMemory(), null, CancellationToken.None);
            return numbers.Select(v => (object?)v).ToArray();
        }

        if (field.ClrType == typeof(long))
        {
            var numbers = new long?[count];
            await group.ReadAsync(field, numbers.AsMemory(), null, CancellationToken.None);
            return numbers.Select(v => (object?)v).ToArray();
        }

        if (field.ClrType == typeof(int))
        {
            var numbers = new int[count];
            await group.ReadAsync(field, numbers.AsMemory(), null, CancellationToken.None);
            return numbers.Select(v => (object?)v).ToArray();
        }

        var blobs = new byte[]?[count];
        await group.ReadAsync(field, blobs.AsMemory(), null, CancellationToken.None);
        return blobs;
    }

    public static IReadOnlyList<(string UnitId, int Year, double Residents)> Census(string path) =>
        File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture), double.Parse(p[2], CultureInfo.InvariantCulture)))
            .ToList();
}
