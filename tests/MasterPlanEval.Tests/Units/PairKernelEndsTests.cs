using System.Globalization;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Tests.Formats;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// The kernel on a run's path: a mobility file checked by the engine and its ends located by the kernel (in the ends
/// table's records), against the SQL pair sums over the commutes view, which locates them with joins on that table:
/// every pair, every sum's bits and n equal on random files with rows whose values fail the checks and whose
/// ends are cells in sub-districts, cells in none, unknown cells, the outside key itself and empty ends, with rail
/// coverage that starts in different years, for integer keys (dense and sparse) and text keys. The accepted count the
/// kernel's pairs give and the rejects the listing names add up to the file.
/// </summary>
public sealed class PairKernelEndsTests : IDisposable
{
    private static readonly string[] Formulas =
    [
        "sum(commutes_by_home.persons)",
        "sum(commutes_by_work.persons * minutes where minutes <= 45)",
        "sum(commutes_by_home.persons * distance_km where mode in ('bus', 'rail'))",
        "sum(commutes_by_home.persons * home_covered_rail_station_800m where work_covered_rail_station_800m = 1)",
        "sum(commutes_by_work.persons where work_covered_rail_station_800m = 0 and same_unit = 1)",
        "sum(commutes_by_home.persons where home_cell = work_cell)",
    ];

    private static readonly string[] Modes = ["walk", "bike", "bus", "rail", "car", "other"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(KeyKind.Dense)]
    [InlineData(KeyKind.Sparse)]
    [InlineData(KeyKind.Text)]
    public async Task Kernel_sums_a_files_commutes_as_the_sql_does_whatever_their_ends(KeyKind kind)
    {
        var random = new Random(11 + (int)kind);
        // 40 cells in 6 sub-districts; every fifth cell lies in none. Rail reaches a cell from 2023, 2024, a fraction of a
        // year (covered from the next whole year, as since <= year reads), or never.
        var cells = Enumerable.Range(1, 40).Select(i => CellId(kind, i)).ToArray();
        var ids = Enumerable.Range(1, 6).Select(i => $"s{i:D2}").ToArray();
        var units = cells.Select((c, i) => (c, Unit: i % 5 == 4 ? null : ids[i % ids.Length])).ToDictionary(x => x.c, x => x.Unit, StringComparer.Ordinal);
        double[] starts = [2023, 2024, 2023.5, double.NaN];
        var table = CellUnits.Table(units, SubdistrictNumbers.OfIds(ids));
        table = new FactTable(table.Name, [.. table.Columns, new NumberColumn("covered_rail_station_800m_since", [.. cells.Select(_ => starts[random.Next(starts.Length)])])]);

        // Ends: mostly cells, then unknown cells, the key one below the smallest (the outside key of integer cells), empty.
        var unknown = kind == KeyKind.Text ? "zz-9" : "999999";
        var belowSmallest = kind == KeyKind.Text ? "" : (cells.Min(c => Integer(c))!.Value - 1).ToString(CultureInfo.InvariantCulture);
        string? End() => random.Next(40) switch
        {
            0 => unknown,
            1 => belowSmallest,
            2 or 3 => null,
            _ => cells[random.Next(cells.Length)],
        };
        const int Rows = 6000;
        var homes = Enumerable.Range(0, Rows).Select(_ => End()).ToArray();
        var works = Enumerable.Range(0, Rows).Select(_ => End()).ToArray();
        // About one row in 25 fails a check on its values, which must keep it from both sums: a year beyond INTEGER or
        // out of range, minutes not finite, beyond DECIMAL(18, 8), out of range or empty, persons below zero, an unknown mode.
        var faults = Enumerable.Range(0, Rows).Select(_ => random.Next(25) == 0 ? random.Next(1, 9) : 0).ToArray();
        var path = Path.Combine(_temp.Path, "commutes.parquet");
        var file = new ParquetTable().Values<long>("year", [.. Enumerable.Range(0, Rows).Select(i => faults[i] switch
        {
            1 => 3_000_000_000L,
            2 => 1800L,
            _ => i < 2500 ? 2023L : random.Next(2) == 0 ? 2023L : 2024L,
        })]);
        file = kind == KeyKind.Text
            ? file.Text("home_cell", homes).Text("work_cell", works)
            : file.Long("home_cell", [.. homes.Select(Integer)]).Long("work_cell", [.. works.Select(Integer)]);
        await file
            .NullableDouble("minutes", [.. Enumerable.Range(0, Rows).Select(i => faults[i] switch
            {
                3 => double.NaN,
                4 => 1e300,
                5 => 400,
                6 => (double?)null,
                _ => Math.Round(random.NextDouble() * 90, 1) + 1,
            })])
            .Text("mode", [.. Enumerable.Range(0, Rows).Select(i => faults[i] == 8 ? "plane" : Modes[random.Next(Modes.Length)])])
            .Double("persons", [.. Enumerable.Range(0, Rows).Select(i => faults[i] == 7 ? -1 : random.Next(1, 4) * 0.5)])
            .NullableDouble("distance_km", [.. Enumerable.Range(0, Rows).Select(_ => random.Next(8) == 0 ? (double?)null : random.NextDouble() * 30)])
            .WriteAsync(path);

        using var tables = PairTables.FromFile(path, table, ids, [2023, 2024]);
        var plans = PairTables.Plans(Formulas);
        var sql = tables.BySql(plans);
        var kernel = tables.ByKernel(plans);

        Assert.Equal(sql, kernel);
        // The kernel's rows are the view's: what it left out is exactly what the listing rejects.
        var check = tables.Check();
        Assert.Equal(check.Count.Rejected, check.Rejects.Count);
        Assert.Contains(check.Rejects, r => r.Reason.StartsWith($"unknown cell '{unknown}'", StringComparison.Ordinal));
        if (kind != KeyKind.Text)
        {
            Assert.Contains(check.Rejects, r => r.Reason.StartsWith($"unknown cell '{belowSmallest}'", StringComparison.Ordinal));
        }

        Assert.Contains(check.Rejects, r => r.Reason.Contains("outside", StringComparison.Ordinal));
        foreach (var field in new[] { "year", "minutes", "persons", "mode" })
        {
            Assert.Contains(check.Rejects, r => r.Field == field);
        }

        Assert.True(sql.Count > 40, $"{sql.Count} pairs");
    }

    public enum KeyKind
    {
        Dense,
        Sparse,
        Text,
    }

    private static string CellId(KeyKind kind, int i) => kind switch
    {
        KeyKind.Dense => (100 + i).ToString(CultureInfo.InvariantCulture),
        KeyKind.Sparse => (1_000_000_000_000L + (i * 7_919_000_000L)).ToString(CultureInfo.InvariantCulture),
        // Short ids DuckDB keeps inside its 16-byte string record, and ids longer than 12 bytes it keeps apart.
        _ => i % 2 == 0 ? $"g-{i}" : $"grid-cell-110105-{i:D4}",
    };

    private static long? Integer(string? id) => id is null ? null : long.Parse(id, CultureInfo.InvariantCulture);
}
