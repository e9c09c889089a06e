using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// The exact sums of one worker, per year and pair of end keys. A key is a sub-district number (1, 2, …) or 0
/// for an end outside the city (NULL), so each year's pairs sit in one dense square of slots: (home · side + work),
/// each slot the pair's row count and then its sums, side by side in memory (330 sub-districts: 8.8 MB a year).
/// Sums count units of 1e-8 in 64 bits; an add that would overflow moves the slot's value into a 128-bit spill
/// first, so the total stays exact at no cost to the adds that do not.
/// </summary>
internal sealed class PairAccumulator(int sums)
{
    // Sub-districts one square can hold: 4,096² slots of 10 sums is 1.3 GB a year, beyond any worker's memory
    // budget, so the bound is well below; Chongqing, the most subdivided city, has about 1,000.
    private const int MaxSide = 2048;

    private readonly int _stride = sums + 1;
    private readonly List<Square> _years = [];
    private int _side;
    private Square? _last;

    /// <summary>Makes room for keys up to <paramref name="maxKey"/> before the first row.</summary>
    public void Reserve(long maxKey)
    {
        if (maxKey >= _side)
        {
            Grow(maxKey);
        }
    }

    /// <summary>The slots of a year's pairs (made on first use); keys must be reserved first (<see cref="Reserve"/>).</summary>
    public long[] Slots(int year) => (_last is { } last && last.Year == year ? last : Year(year)).Slots;

    /// <summary>Where a pair's sums start in its year's slots; its row count is just before them.</summary>
    public int Offset(long home, long work) => ((int)((home * _side) + work) * _stride) + 1;

    /// <summary>Counts rows of a pair in (another worker's, or one of the merges).</summary>
    private int AddRows(int year, long home, long work, long rows, out long[] slots)
    {
        Reserve(Math.Max(home, work));
        slots = Slots(year);
        var at = Offset(home, work);
        slots[at - 1] += rows;
        return at;
    }

    /// <summary>
    /// Asks the processor to fetch a pair's slot (its count just before <paramref name="sums"/>, then the sums) ahead of its
    /// adds: the slots of a year are megabytes read at random, so without it each row waits for memory. A hint only;
    /// where the processor has no such instruction, nothing happens.
    /// </summary>
    public static unsafe void Prefetch(long* sums)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(sums - 1);
            Sse.Prefetch0(sums + 7);
        }
    }

    /// <summary>Adds units of 1e-8 to the sum at <paramref name="at"/> of a year's slots.</summary>
    public void Add(long[] slots, int at, long units)
    {
        var before = slots[at];
        var after = before + units;
        if (Wrap(before, units, after) < 0)
        {
            Spill(slots, at, before);
            after = units;
        }

        slots[at] = after;
    }

    /// <summary>
    /// After a row's sums from <paramref name="at"/> on were added without a test each and one of them wrapped past
    /// 64 bits: each sum that wrapped gets its value before the add back (two's complement subtraction undoes the add
    /// exactly), moved into the spill, and holds the row's units alone, as <see cref="Add"/> would have left it.
    /// </summary>
    public void Unwrap(long[] slots, int at, ReadOnlySpan<long> units)
    {
        for (var s = 0; s < units.Length; s++)
        {
            var after = slots[at + s];
            var before = after - units[s];
            if (Wrap(before, units[s], after) < 0)
            {
                Spill(slots, at + s, before);
                slots[at + s] = units[s];
            }
        }
    }

    /// <summary>A row whose filter held but had no value to add to the sum at <paramref name="at"/> (rare: a commute without a distance).</summary>
    public void AddMissing(long[] slots, int at)
    {
        var square = _years.First(y => ReferenceEquals(y.Slots, slots));
        square.Missing[at] = square.Missing.GetValueOrDefault(at) + 1;
    }

    /// <summary>Every pair with rows: year, keys, rows, the exact sums, and whether each has a value.</summary>
    public IEnumerable<PairTotal> Totals()
    {
        foreach (var square in _years)
        {
            for (var cell = 0; cell < _side * _side; cell++)
            {
                var at = cell * _stride;
                var rows = square.Slots[at];
                if (rows == 0)
                {
                    continue;
                }

                var totals = new Int128[sums];
                var valued = new bool[sums];
                for (var s = 0; s < sums; s++)
                {
                    totals[s] = square.Slots[at + 1 + s] + square.Spilled.GetValueOrDefault(at + 1 + s);
                    valued[s] = square.Missing.GetValueOrDefault(at + 1 + s) < rows;
                }

                yield return new PairTotal(square.Year, cell / _side, cell % _side, rows, totals, valued);
            }
        }
    }

    /// <summary>Adds another worker's sums into these.</summary>
    public void Merge(PairAccumulator other)
    {
        Reserve(other._side - 1);
        foreach (var total in other.Totals())
        {
            var at = AddRows(total.Year, total.Home, total.Work, total.Rows, out var slots);
            var square = Year(total.Year);
            for (var s = 0; s < sums; s++)
            {
                if (total.Sums[s] >= long.MinValue && total.Sums[s] <= long.MaxValue)
                {
                    Add(slots, at + s, (long)total.Sums[s]);
                }
                else
                {
                    square.Spilled[at + s] = square.Spilled.GetValueOrDefault(at + s) + total.Sums[s];
                }

                if (!total.Valued[s])
                {
                    // Rows without a value here are as many as the other's rows: none of its rows gave one.
                    square.Missing[at + s] = square.Missing.GetValueOrDefault(at + s) + total.Rows;
                }
            }
        }
    }

    /// <summary>Negative exactly when <paramref name="before"/> + <paramref name="units"/> wrapped past 64 bits to <paramref name="after"/> (the operands share a sign the result lacks); an OR of several stays negative if any did.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Wrap(long before, long units, long after) => (before ^ after) & (units ^ after);

    private void Spill(long[] slots, int at, long value)
    {
        var square = _years.First(y => ReferenceEquals(y.Slots, slots));
        square.Spilled[at] = square.Spilled.GetValueOrDefault(at) + value;
    }

    private Square Year(int year)
    {
        _last = _years.Find(y => y.Year == year);
        if (_last is null)
        {
            _last = new Square(year, new long[_side * _side * _stride]);
            _years.Add(_last);
        }

        return _last;
    }

    // A key beyond the square: widen it and move every slot to its new place.
    private void Grow(long key)
    {
        if (key < 0 || key >= MaxSide)
        {
            throw new EvaluationException(ErrorCategory.Engine, $"engine duckdb sums commutes between at most {MaxSide - 1:N0} sub-districts; sub-district number {key:N0} is beyond");
        }

        // Half as much again at least: keys arrive in any order, and each widening moves every slot.
        var side = (int)Math.Min(MaxSide, Math.Max(key + 1, _side + (_side / 2)));
        for (var y = 0; y < _years.Count; y++)
        {
            var old = _years[y];
            var moved = new Square(old.Year, new long[side * side * _stride]);
            for (var cell = 0; cell < _side * _side; cell++)
            {
                var to = (((cell / _side) * side) + (cell % _side)) * _stride;
                Array.Copy(old.Slots, cell * _stride, moved.Slots, to, _stride);
                for (var k = 0; k < _stride; k++)
                {
                    if (old.Spilled.TryGetValue((cell * _stride) + k, out var spilled))
                    {
                        moved.Spilled[to + k] = spilled;
                    }

                    if (old.Missing.TryGetValue((cell * _stride) + k, out var missing))
                    {
                        moved.Missing[to + k] = missing;
                    }
                }
            }

            _years[y] = moved;
        }

        (_side, _last) = (side, null);
    }

    // One year's slots; what overflowed 64 bits and the rows without a value are rare, so they are kept by slot.
    private sealed record Square(int Year, long[] Slots)
    {
        public Dictionary<int, Int128> Spilled { get; } = [];

        public Dictionary<int, long> Missing { get; } = [];
    }
}

/// <summary>One pair's rows and exact sums (units of 1e-8), and whether each sum has a value.</summary>
internal sealed record PairTotal(int Year, long Home, long Work, long Rows, Int128[] Sums, bool[] Valued);
