using System.Globalization;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Indicators.Formulas;
using MasterPlanEval.Ingest.Readers;

namespace MasterPlanEval.Tests.Support;

/// <summary>One commute as the pair sums read it; NaN is a NULL number, null a NULL key or text.</summary>
public sealed record CommuteRow(
    int Year,
    long? Home,
    long? Work,
    double Persons,
    double Minutes,
    double DistanceKm,
    string? Mode,
    double HomeRail = 0,
    double WorkRail = 0,
    string? HomeCell = null,
    string? WorkCell = null);

/// <summary>
/// The pair table of a set of formulas over a commutes table, built both ways on one in-memory DuckDB: by the
/// SQL the renderer writes (<see cref="SqlAggregation.Sql"/>, what Spark runs) and by the engine's kernel (read
/// back during <see cref="DuckDbEngine.EvaluateAll"/>, before the engine drops it). Each row is rendered as text
/// — year, keys, each sum's bits (or NULL), n — so a difference shows the pair and the sum.
/// </summary>
public sealed class PairTables : IDisposable
{
    public const string RailColumn = "rail_station_800m";

    private static readonly SourceLocation Here = new("pairs.yaml");

    private readonly DuckDbEngine engine = new();

    /// <summary>Loads the commutes and a hierarchy of sub-districts 1 … <paramref name="subdistricts"/>, so the levels' queries run.</summary>
    public PairTables(IReadOnlyList<CommuteRow> rows, int subdistricts)
        : this(Enumerable.Range(1, subdistricts).Select(i => $"s{i}").ToArray(), rows.Select(r => r.Year).Distinct().Order().ToList(), [Commutes(rows)])
    {
    }

    private PairTables(string[] ids, IReadOnlyList<int> years, IEnumerable<FactTable> facts)
    {
        engine.LoadAll(
        [
            new FactTable(FactSchemas.HierarchyTable,
            [
                new IntegerColumn("subdistrict_no", [.. Enumerable.Range(1, ids.Length).Select(i => (long?)i)]),
                new TextColumn("subdistrict_id", ids),
                new TextColumn("district_id", [.. ids.Select(_ => "d")]),
                new TextColumn("city_id", [.. ids.Select(_ => "c")]),
            ]),
            FactSchemas.ZoneMembers([], SubdistrictNumbers.OfIds(ids)),
            new FactTable(FactSchemas.ScopeTable,
            [
                new TextColumn("level", [.. years.SelectMany(_ => ids).Select(_ => "subdistrict")]),
                new TextColumn("unit_id", [.. years.SelectMany(_ => ids)]),
                new NumberColumn("year", [.. years.SelectMany(y => ids.Select(_ => (double)y))]),
            ]),
            .. facts,
        ]);
    }

    /// <summary>
    /// A mobility file read as a run reads it: checked by the commutes view, its ends located against
    /// <paramref name="cellUnits"/> (with a <c>covered_rail_station_800m_since</c> column) by the view's joins for the SQL
    /// and by the kernel itself. Sub-district <c>i</c> is the i-th of <paramref name="subdistrictIds"/> in ordinal order.
    /// </summary>
    public static PairTables FromFile(string path, FactTable cellUnits, IReadOnlyList<string> subdistrictIds, IReadOnlyList<int> years)
    {
        var tables = new PairTables([.. subdistrictIds.Order(StringComparer.Ordinal)], years, [cellUnits]);
        var source = MobilityReader.Open(new InputSpec(Datasets.Mobility, path, null, null));
        tables.engine.LoadCommutes(source, ["covered_rail_station_800m"], CommuteEnds.For(cellUnits, source));
        return tables;
    }

    /// <summary>The accepted and rejected commutes as the engine counts them (after an evaluation: by the kernel's pairs).</summary>
    public CommuteCheckResult Check() => engine.CheckCommutes();

    public void Dispose() => engine.Dispose();

    /// <summary>Plans of the formulas (one indicator each, sub-district level), as a catalog would compile them.</summary>
    public static IReadOnlyList<IndicatorPlan> Plans(IEnumerable<string> formulas) =>
        formulas.Select((f, i) => new IndicatorPlan($"i{i}", FormulaParser.Parse(f, new Dictionary<string, string>(), Here), [UnitLevel.Subdistrict])).ToList();

    /// <summary>The pair table by the rendered SQL, ordered by year and keys.</summary>
    public IReadOnlyList<string> BySql(IReadOnlyList<IndicatorPlan> plans)
    {
        var pairs = new SqlRenderer(SqlDialect.DuckDb).RenderBatch(plans).Aggregations.Single(a => a.Pairs is not null);
        return engine.QueryRows($"SELECT * FROM ({pairs.Sql}) q ORDER BY 1, 2, 3").Select(Text).ToList();
    }

    /// <summary>The pair table by the engine's kernel, as the engine's evaluation built it.</summary>
    public IReadOnlyList<string> ByKernel(IReadOnlyList<IndicatorPlan> plans)
    {
        var clock = new PairSnapshot(engine);
        engine.EvaluateAll(plans, clock);
        return clock.Rows!.Select(Text).ToList();
    }

    /// <summary>The SQL's failure on these plans, first line.</summary>
    public string SqlFailure(IReadOnlyList<IndicatorPlan> plans)
    {
        var pairs = new SqlRenderer(SqlDialect.DuckDb).RenderBatch(plans).Aggregations.Single(a => a.Pairs is not null);
        var ex = Assert.ThrowsAny<Exception>(() => engine.QueryRows(pairs.Sql));
        return ex.Message.Split('\n')[0];
    }

    /// <summary>The kernel's failure on these plans: an engine error.</summary>
    public EvaluationException KernelFailure(IReadOnlyList<IndicatorPlan> plans)
    {
        var ex = Assert.Throws<EvaluationException>(() => engine.EvaluateAll(plans, new PairSnapshot(engine)));
        Assert.Equal(ErrorCategory.Engine, ex.Category);
        Assert.DoesNotContain('\n', ex.Message);
        return ex;
    }

    private static string Text(object?[] row) => string.Join(" ", row.Select((v, i) => i switch
    {
        0 => Convert.ToInt32(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ when v is null => "NULL",
        _ when v is double d => $"{d.ToString("R", CultureInfo.InvariantCulture)}#{BitConverter.DoubleToInt64Bits(d):x16}",
        _ => Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
    }));

    private static FactTable Commutes(IReadOnlyList<CommuteRow> rows) => new(FactSchemas.CommutesTable,
    [
        new NumberColumn("year", [.. rows.Select(r => (double)r.Year)]),
        new IntegerColumn("home_subdistrict_no", [.. rows.Select(r => r.Home)]),
        new IntegerColumn("work_subdistrict_no", [.. rows.Select(r => r.Work)]),
        new NumberColumn("persons", [.. rows.Select(r => r.Persons)]),
        new NumberColumn("minutes", [.. rows.Select(r => r.Minutes)]),
        new NumberColumn("distance_km", [.. rows.Select(r => r.DistanceKm)]),
        new TextColumn("mode", [.. rows.Select(r => r.Mode)]),
        new NumberColumn($"home_covered_{RailColumn}", [.. rows.Select(r => r.HomeRail)]),
        new NumberColumn($"work_covered_{RailColumn}", [.. rows.Select(r => r.WorkRail)]),
        new TextColumn("home_cell", [.. rows.Select(r => r.HomeCell)]),
        new TextColumn("work_cell", [.. rows.Select(r => r.WorkCell)]),
    ]);

    // Reads the pair table once the commuting stage has built it: the engine drops it when the evaluation ends.
    private sealed class PairSnapshot(DuckDbEngine engine) : IStageClock
    {
        public IReadOnlyList<object?[]>? Rows { get; private set; }

        public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null)
        {
            var result = work();
            if (stage == EngineStages.Commutes)
            {
                Rows = engine.QueryRows($"SELECT * FROM {SqlRenderer.PairTable(FactSchemas.CommutesTable)} ORDER BY 1, 2, 3");
            }

            return result;
        }
    }
}
