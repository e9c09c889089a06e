using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// The commute ends table (<see cref="CommuteChecks.EndsTable"/>) as the pair kernel reads it: a record per cell of
/// <see cref="Stride"/> integers, its sub-district number (0: in none) and per end coverage the first whole year it
/// holds (an end is covered in year y when that is ≤ y), found by the cell's key (its integer key when the ends join as
/// integers, else its id). One record stands for an end outside the city (no sub-district, never covered) and one for
/// a key no cell has (sub-district −1). An integer key range at most a few times the number of cells is laid out by
/// offset, so finding a record is a subtraction and reading it one memory access, which the kernel fetches ahead.
/// </summary>
internal sealed class EndLocator
{
    /// <summary>The sub-district number of the record <see cref="Unknown"/>.</summary>
    public const int NoCell = -1;

    private const int OffsetSlack = 4;

    private readonly long _first;
    private readonly long _span;
    private readonly Dictionary<long, int>? _byKey;
    private readonly Dictionary<string, int>? _byId;

    private EndLocator(FactTable cellUnits, IReadOnlyList<string> coverage, bool integers)
    {
        var cells = cellUnits.RowCount;
        (Integers, Coverage, Stride) = (integers, coverage, 1 + coverage.Count);
        var numbers = cellUnits.Integer(CellUnits.NumberColumn);
        var since = coverage.Select(c => cellUnits.Number(CellEndCoverage.SinceColumn(c))).ToArray();
        long[]? keys = integers ? [.. cellUnits.Integer(CellUnits.KeyColumn).Select(k => k!.Value)] : null;
        if (keys is { Length: > 0 })
        {
            _first = keys.Min();
            _span = keys.Max() - _first + 1;
        }

        var byOffset = keys is not null && _span <= Math.Max(1024L, (long)OffsetSlack * cells);
        var slots = byOffset ? (int)_span : cells;
        (Outside, Unknown) = (slots, slots + 1);
        Records = new int[(slots + 2) * Stride];
        for (var slot = 0; slot < slots; slot++)
        {
            Records[slot * Stride] = NoCell;
        }

        Records[Unknown * Stride] = NoCell;
        for (var k = 0; k < coverage.Count; k++)
        {
            Records[(Outside * Stride) + 1 + k] = int.MaxValue;
        }

        _byKey = keys is not null && !byOffset ? new Dictionary<long, int>(cells) : null;
        _byId = keys is null ? new Dictionary<string, int>(cells, StringComparer.Ordinal) : null;
        var ids = keys is null ? cellUnits.Text(CellUnits.IdColumn) : null;
        for (var row = 0; row < cells; row++)
        {
            var slot = byOffset ? (int)(keys![row] - _first) : row;
            _byKey?.Add(keys![row], slot);
            _byId?.Add(ids![row]!, slot);
            Records[slot * Stride] = checked((int)(numbers[row] ?? 0));
            for (var k = 0; k < since.Length; k++)
            {
                Records[(slot * Stride) + 1 + k] = FirstYear(since[k][row]);
            }
        }

        ByOffset = byOffset;
    }

    /// <summary>True when ends are looked up by integer key, false by cell id.</summary>
    public bool Integers { get; }

    /// <summary>True when an integer key's record is its offset from the smallest key (<see cref="OffsetOf"/>).</summary>
    public bool ByOffset { get; }

    /// <summary>The end coverages, in the order of their years in a record.</summary>
    public IReadOnlyList<string> Coverage { get; }

    /// <summary>Integers per record: the sub-district number, then a year per coverage.</summary>
    public int Stride { get; }

    /// <summary>The records, <see cref="Stride"/> integers each.</summary>
    public int[] Records { get; }

    /// <summary>The record of an end outside the city.</summary>
    public int Outside { get; }

    /// <summary>The record of a key no cell has.</summary>
    public int Unknown { get; }

    public static EndLocator For(FactTable cellUnits, IReadOnlyList<string> coverage, CommuteEnds ends) =>
        new(cellUnits, coverage, ends.JoinOnIntegers);

    /// <summary>The record of an integer key when <see cref="ByOffset"/>: no memory read.</summary>
    public int OffsetOf(long key)
    {
        var offset = (ulong)(key - _first);
        return offset < (ulong)_span ? (int)offset : Unknown;
    }

    public int Of(long key) => ByOffset ? OffsetOf(key) : _byKey!.TryGetValue(key, out var slot) ? slot : Unknown;

    public int Of(string id) => _byId!.TryGetValue(id, out var slot) ? slot : Unknown;

    // since ≤ y for a whole year y exactly when ⌈since⌉ ≤ y; never (NaN) is past every year.
    private static int FirstYear(double since) =>
        double.IsNaN(since) || since > int.MaxValue ? int.MaxValue
        : since < int.MinValue ? int.MinValue
        : (int)Math.Ceiling(since);
}
