using DuckDB.NET.Data;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Scorecards;
using Parquet;
using Parquet.Meta;

namespace MasterPlanEval.Tests.Scorecards;

/// <summary>
/// Round trip, an independent look at the written file (Parquet.Net's low-level API and DuckDB, not
/// <see cref="ScorecardReader"/>), and the atomic, never-overwrite behaviour of the writer.
/// </summary>
public sealed class ScorecardWriterTests : IDisposable
{
    // Written out by hand rather than taken from ScorecardSchema, so a renamed property shows up here.
    private static readonly string[] ExpectedColumns =
    [
        "evaluation_id", "year", "level", "unit_id", "unit_name_zh", "unit_name_en", "parent_unit_id", "indicator_id",
        "indicator_name_zh", "indicator_name_en", "dimension_zh", "dimension_en", "value", "unit_of_measure",
        "target_year", "target_kind", "target_value", "target_value_max", "baseline_year", "baseline_value",
        "expected_value", "progress_to_target", "change_since_baseline", "previous_year", "previous_value",
        "change_from_previous", "target_status", "trajectory_status", "quality_flags", "components", "catalog_version", "engine",
    ];

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mpe-scorecards-{Guid.NewGuid():N}");

    public ScorecardWriterTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task RowsRoundTripIncludingNullsAndChineseNames()
    {
        var path = Path.Combine(folder, "run", "scorecard_2024.parquet");
        var rows = SampleRows();

        await ScorecardWriter.WriteAsync(path, rows);
        var read = await ScorecardReader.ReadAsync(path);

        Assert.Equal(rows, read);
        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task NoRowsRoundTripsToNoRows()
    {
        var path = Path.Combine(folder, "scorecard_2024.parquet");

        await ScorecardWriter.WriteAsync(path, []);

        Assert.Empty(await ScorecardReader.ReadAsync(path));
    }

    [Fact]
    public async Task LowLevelReaderSeesColumnsTypesAndSnappy()
    {
        var path = Path.Combine(folder, "scorecard_2024.parquet");
        await ScorecardWriter.WriteAsync(path, SampleRows());

        await using var reader = await ParquetReader.CreateAsync(path, null, CancellationToken.None);
        Assert.Equal(ExpectedColumns, reader.Schema.DataFields.Select(f => f.Name));

        var value = reader.Schema.DataFields.Single(f => f.Name == "value");
        Assert.True(value.IsNullable);
        Assert.Equal(typeof(double), value.ClrType);

        // The footer's schema elements, as any other Parquet reader sees them.
        var metadata = reader.Metadata!;
        var elements = metadata.Schema.Skip(1).ToDictionary(e => e.Name);
        Assert.Equal((Parquet.Meta.Type.DOUBLE, FieldRepetitionType.OPTIONAL), Physical(elements["value"]));
        Assert.Equal((Parquet.Meta.Type.INT32, FieldRepetitionType.REQUIRED), Physical(elements["year"]));
        Assert.Equal((Parquet.Meta.Type.INT32, FieldRepetitionType.OPTIONAL), Physical(elements["target_year"]));
        Assert.Equal((Parquet.Meta.Type.BYTE_ARRAY, FieldRepetitionType.REQUIRED), Physical(elements["unit_id"]));
        Assert.Equal((Parquet.Meta.Type.BYTE_ARRAY, FieldRepetitionType.OPTIONAL), Physical(elements["parent_unit_id"]));

        Assert.Equal(3, metadata.NumRows);
        var chunks = metadata.RowGroups.SelectMany(g => g.Columns).ToList();
        Assert.Equal(ExpectedColumns.Length, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(CompressionCodec.SNAPPY, c.MetaData!.Codec));

        using var group = reader.OpenRowGroupReader(0);
        var names = new string?[group.RowCount];
        await group.ReadAsync(reader.Schema.DataFields.Single(f => f.Name == "unit_name_zh"), names.AsMemory(), null, CancellationToken.None);
        Assert.Equal<string?>(["北京核心区", "东城区", "东华门街道"], names.AsEnumerable());
        var values = new double?[group.RowCount];
        await group.ReadAsync<double>(value, values.AsMemory(), null, CancellationToken.None);
        Assert.Equal([0.82, 1.25, null], values);
    }

    [Fact]
    public async Task DuckDbReadsTheFile()
    {
        var path = Path.Combine(folder, "scorecard_2024.parquet");
        await ScorecardWriter.WriteAsync(path, SampleRows());
        var literal = path.Replace("'", "''", StringComparison.Ordinal);

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();

        command.CommandText = $"SELECT column_name, column_type, \"null\" FROM (DESCRIBE SELECT * FROM read_parquet('{literal}'))";
        var described = new List<(string Name, string Type, string Null)>();
        using (var data = command.ExecuteReader())
        {
            while (data.Read())
            {
                described.Add((data.GetString(0), data.GetString(1), data.GetString(2)));
            }
        }

        Assert.Equal(ExpectedColumns, described.Select(d => d.Name));
        Assert.Equal("DOUBLE", described.Single(d => d.Name == "value").Type);
        Assert.Equal("INTEGER", described.Single(d => d.Name == "year").Type);
        Assert.Equal("VARCHAR", described.Single(d => d.Name == "unit_name_zh").Type);

        command.CommandText = $"SELECT DISTINCT compression FROM parquet_metadata('{literal}')";
        Assert.Equal("SNAPPY", command.ExecuteScalar());

        command.CommandText =
            $"SELECT string_agg(unit_name_zh, ',' ORDER BY unit_id), count(*) FILTER (WHERE value IS NULL), count(*) FILTER (WHERE parent_unit_id IS NULL) FROM read_parquet('{literal}')";
        using var totals = command.ExecuteReader();
        Assert.True(totals.Read());
        Assert.Equal("北京核心区,东城区,东华门街道", totals.GetString(0));
        Assert.Equal(1L, totals.GetInt64(1));
        Assert.Equal(1L, totals.GetInt64(2));
    }

    [Fact]
    public async Task ExistingFileIsNeverOverwritten()
    {
        var path = Path.Combine(folder, "scorecard_2024.parquet");
        await File.WriteAllTextAsync(path, "keep me");

        var error = await Assert.ThrowsAsync<EvaluationException>(() => ScorecardWriter.WriteAsync(path, SampleRows()));

        Assert.Equal(ErrorCategory.Output, error.Category);
        Assert.Equal("keep me", await File.ReadAllTextAsync(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task SecondWriteToTheSamePathFailsAndKeepsTheFirst()
    {
        var path = Path.Combine(folder, "scorecard_2024.parquet");
        var rows = SampleRows();
        await ScorecardWriter.WriteAsync(path, rows);
        var before = await File.ReadAllBytesAsync(path);

        await Assert.ThrowsAsync<EvaluationException>(() => ScorecardWriter.WriteAsync(path, rows.Take(1).ToList()));

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task NullInRequiredColumnFailsBeforeAnythingIsWritten()
    {
        var path = Path.Combine(folder, "scorecard_2024.parquet");
        var rows = SampleRows();
        rows[1] = rows[1] with { UnitId = null! };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ScorecardWriter.WriteAsync(path, rows));

        Assert.Contains("unit_id", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task FailureWhileWritingRemovesTheTemporaryFile()
    {
        var path = Path.Combine(folder, "manifest.json");

        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, async (stream, token) =>
        {
            await stream.WriteAsync("{\"half\":"u8.ToArray(), token);
            throw new InvalidOperationException("disk on fire");
        }));

        Assert.False(File.Exists(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task CancellationRemovesTheTemporaryFile()
    {
        var path = Path.Combine(folder, "scorecard_2024.parquet");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ScorecardWriter.WriteAsync(path, SampleRows(), cancellation.Token));

        Assert.False(File.Exists(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void WriteAllTextWritesUtf8AndRefusesToOverwrite()
    {
        var path = Path.Combine(folder, "rejects.csv");
        AtomicFile.WriteAllText(path, "file,row,reason\n单元.csv,3,缺少\n");

        Assert.Throws<EvaluationException>(() => AtomicFile.WriteAllText(path, "other"));

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("file,row,reason\n单元.csv,3,缺少\n", System.Text.Encoding.UTF8.GetString(bytes));
        AssertNoTemporaryFiles();
    }

    private static (Parquet.Meta.Type?, FieldRepetitionType?) Physical(SchemaElement element) => (element.Type, element.RepetitionType);

    private void AssertNoTemporaryFiles() =>
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp-*", SearchOption.AllDirectories));

    // Sorted as the pipeline sorts: year, level (city, district, subdistrict), unit_id, indicator_id.
    private static List<ScorecardRow> SampleRows() =>
    [
        new(
            EvaluationId: "3f2a9c1b5d7e8f90", Year: 2024, Level: "city", UnitId: "110000", UnitNameZh: "北京核心区",
            UnitNameEn: "Beijing core", ParentUnitId: null, IndicatorId: "park_coverage_500m",
            IndicatorNameZh: "公园绿地500米服务半径覆盖率", IndicatorNameEn: "Park coverage within 500 m", DimensionZh: "绿色",
            DimensionEn: "green", Value: 0.82, UnitOfMeasure: "share", TargetYear: 2035, TargetKind: "floor",
            TargetValue: 0.9, TargetValueMax: null, BaselineYear: 2020, BaselineValue: 0.75, ExpectedValue: 0.795,
            ProgressToTarget: 0.4666666666666666, ChangeSinceBaseline: 0.07, PreviousYear: 2023, PreviousValue: 0.8, ChangeFromPrevious: 0.02,
            TargetStatus: "not_met", TrajectoryStatus: "on_track", QualityFlags: "", Components: "sum(cells.residents where covered_park_500m = 1)=820; sum(cells.residents)=1000", CatalogVersion: "1.0.0", Engine: "duckdb"),
        new(
            EvaluationId: "3f2a9c1b5d7e8f90", Year: 2024, Level: "district", UnitId: "110101", UnitNameZh: "东城区",
            UnitNameEn: "Dongcheng", ParentUnitId: "110000", IndicatorId: "jobs_housing_ratio",
            IndicatorNameZh: "职住比", IndicatorNameEn: "Jobs-housing ratio", DimensionZh: "协调",
            DimensionEn: "coordination", Value: 1.25, UnitOfMeasure: "ratio", TargetYear: 2035, TargetKind: "band",
            TargetValue: 1.0, TargetValueMax: 1.5, BaselineYear: null, BaselineValue: null, ExpectedValue: null,
            ProgressToTarget: null, ChangeSinceBaseline: null, PreviousYear: null, PreviousValue: null, ChangeFromPrevious: null,
            TargetStatus: "met", TrajectoryStatus: "no_baseline", QualityFlags: "", Components: "", CatalogVersion: "1.0.0", Engine: "duckdb"),
        new(
            EvaluationId: "3f2a9c1b5d7e8f90", Year: 2024, Level: "subdistrict", UnitId: "110101001", UnitNameZh: "东华门街道",
            UnitNameEn: "Donghuamen", ParentUnitId: "110101", IndicatorId: "park_coverage_500m",
            IndicatorNameZh: "公园绿地500米服务半径覆盖率", IndicatorNameEn: "Park coverage within 500 m", DimensionZh: "绿色",
            DimensionEn: "green", Value: null, UnitOfMeasure: "share", TargetYear: null, TargetKind: null,
            TargetValue: null, TargetValueMax: null, BaselineYear: null, BaselineValue: null, ExpectedValue: null,
            ProgressToTarget: null, ChangeSinceBaseline: null, PreviousYear: null, PreviousValue: null, ChangeFromPrevious: null,
            TargetStatus: "no_value", TrajectoryStatus: "no_value", QualityFlags: "zero_denominator;no_input_rows", Components: "",
            CatalogVersion: "1.0.0", Engine: "duckdb"),
    ];
}
