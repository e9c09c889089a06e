using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// A column-by-column description of one Parquet file, written in one row group with Parquet.Net's writer.
/// Types are chosen as a producer would: <c>int</c> years, <c>double</c> measures, nullable strings, and
/// a binary column for WKB geometry.
/// </summary>
public sealed class ParquetTable
{
    private readonly List<(DataField Field, Func<ParquetRowGroupWriter, Task> Write)> _columns = [];

    private readonly Dictionary<string, string> _metadata = new(StringComparer.Ordinal);

    public ParquetTable Text(string name, IReadOnlyList<string?> values)
    {
        var field = new DataField<string>(name, nullable: true);
        _columns.Add((field, group => group.WriteAsync(field, values.ToArray())));
        return this;
    }

    public ParquetTable Int(string name, IReadOnlyList<int> values)
    {
        var field = new DataField<int>(name, nullable: false);
        _columns.Add((field, group => group.WriteAsync(field, new ReadOnlyMemory<int>(values.ToArray()))));
        return this;
    }

    public ParquetTable Long(string name, IReadOnlyList<long?> values)
    {
        var field = new DataField<long?>(name, nullable: true);
        _columns.Add((field, group => group.WriteAsync(field, new ReadOnlyMemory<long?>(values.ToArray()))));
        return this;
    }

    public ParquetTable Double(string name, IReadOnlyList<double> values)
    {
        var field = new DataField<double>(name, nullable: false);
        _columns.Add((field, group => group.WriteAsync(field, new ReadOnlyMemory<double>(values.ToArray()))));
        return this;
    }

    /// <summary>A nullable double column (null: an empty value, which a non-nullable column cannot hold).</summary>
    public ParquetTable NullableDouble(string name, IReadOnlyList<double?> values)
    {
        var field = new DataField<double?>(name, nullable: true);
        _columns.Add((field, group => group.WriteAsync(field, new ReadOnlyMemory<double?>(values.ToArray()))));
        return this;
    }

    /// <summary>A column of any Parquet.Net value type, not nullable: <c>long</c> cell ids, <c>short</c> years, <c>bool</c> flags.</summary>
    public ParquetTable Values<T>(string name, IReadOnlyList<T> values)
        where T : struct
    {
        var field = new DataField<T>(name, nullable: false);
        _columns.Add((field, group => group.WriteAsync(field, new ReadOnlyMemory<T>(values.ToArray()))));
        return this;
    }

    public ParquetTable Binary(string name, IReadOnlyList<byte[]?> values)
    {
        var field = new DataField<byte[]>(name, nullable: true);
        _columns.Add((field, group => group.WriteAsync(field, values.ToArray())));
        return this;
    }

    /// <summary>A key-value pair of the file's metadata, such as GeoParquet's <c>geo</c>.</summary>
    public ParquetTable Metadata(string key, string value)
    {
        _metadata[key] = value;
        return this;
    }

    public async Task WriteAsync(string path)
    {
        var schema = new ParquetSchema(_columns.Select(c => (Field)c.Field));
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, null, false, CancellationToken.None);
        if (_metadata.Count > 0)
        {
            writer.CustomMetadata = _metadata;
        }

        using var group = writer.CreateRowGroup();
        foreach (var (_, write) in _columns)
        {
            await write(group);
        }
    }
}
