using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// What one DuckDB thread does with the chunks it hands the kernel: copy the columns out of the vectors, evaluate
/// each distinct value and each filter over the chunk, round the values to fixed point, and add every row to its
/// pair. Rows arrive in the kernel's input order: year, the two end keys (sub-district numbers, or the ends' cells
/// when the kernel locates them), the number columns, the text columns.
/// Its loops are compiled fully optimised at first call: they run for every commute from the first chunk on.
/// </summary>
internal sealed unsafe class PairWorker
{
    private const int KeyColumns = 3;

    // Rows between a pair's prefetch and its adds: the adds of the rows between hide the memory access (8 and 24
    // measured about the same, 4 slower).
    private const int PrefetchAhead = 16;

    private readonly PairKernel _kernel;
    private readonly RowBatch _batch;
    private readonly NumberNode[] _values;
    private readonly ConditionNode?[] _filters;
    private readonly int[] _valueOfSum;
    private readonly long[][] _units;
    private readonly bool[][] _hasUnits;
    private readonly bool[]?[] _holds;
    private readonly long[] _adds;
    private readonly int[] _at;
    private readonly long[] _home;
    private readonly long[] _work;
    private readonly int[] _homeRecords;
    private readonly int[] _workRecords;

    // Per end flag: whether it reads the home end, and where in an end's record its year is.
    private readonly bool[] _flagOfHome;
    private readonly int[] _flagYears;

    // Text ends: each text's number (the batch's interner) to its record in the ends table plus one; 0 not yet looked up.
    private int[] _endRecords = [];
    private bool _anyMissing;

    public PairWorker(PairKernel kernel, int capacity)
    {
        _kernel = kernel;
        var pairs = kernel.Aggregation;
        _batch = new RowBatch(capacity, kernel.NumberColumns.Count, kernel.TextColumns.Count);
        var compiler = new BatchCompiler(pairs.Source, kernel.NumberColumns, kernel.TextColumns, _batch.Interner, capacity);
        _values = pairs.Values.Select(compiler.Number).ToArray();
        _filters = pairs.Sums.Select(s => s.Filter is null ? null : compiler.Condition(s.Filter)).ToArray();
        _valueOfSum = pairs.Sums.Select(s => s.Value).ToArray();
        _units = _values.Select(_ => new long[capacity]).ToArray();
        _hasUnits = _values.Select(_ => new bool[capacity]).ToArray();
        _holds = new bool[]?[_filters.Length];
        _adds = new long[capacity * _filters.Length];
        _at = new int[capacity];
        _home = new long[capacity];
        _work = new long[capacity];
        _homeRecords = new int[capacity];
        _workRecords = new int[capacity];
        _flagOfHome = kernel.EndFlags.Select(f => f.Home).ToArray();
        _flagYears = kernel.EndFlags.Select(f => 1 + f.Coverage).ToArray();
        Sums = new PairAccumulator(pairs.Sums.Count);
    }

    public PairAccumulator Sums { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(IntPtr chunk)
    {
        var count = checked((int)NativeChunks.Size(chunk));
        _batch.Count = count;
        Copy(chunk, count);
        if (_kernel.Ends is { } ends)
        {
            Locate(chunk, count, ends);
        }
        else
        {
            Keys(chunk, count);
        }

        for (var v = 0; v < _values.Length; v++)
        {
            Round(_values[v].Evaluate(_batch), _units[v], _hasUnits[v], count);
        }

        for (var s = 0; s < _filters.Length; s++)
        {
            _holds[s] = _filters[s]?.Evaluate(_batch);
        }

        Contributions(count);
        AddRows(chunk, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Copy(IntPtr chunk, int count)
    {
        var read = _kernel.ReadColumns.Count;
        for (var c = 0; c < read; c++)
        {
            var vector = NativeChunks.Vector(chunk, (ulong)(KeyColumns + c));
            var data = (double*)NativeChunks.Data(vector);
            var validity = NativeChunks.Validity(vector);
            var target = _batch.Numbers[c];
            new ReadOnlySpan<double>(data, count).CopyTo(target);
            if (validity != null)
            {
                for (var row = 0; row < count; row++)
                {
                    if (!NativeChunks.IsValid(validity, row))
                    {
                        target[row] = double.NaN;
                    }
                }
            }
        }

        for (var c = 0; c < _batch.Texts.Length; c++)
        {
            var vector = NativeChunks.Vector(chunk, (ulong)(KeyColumns + read + c));
            var records = (byte*)NativeChunks.Data(vector);
            var validity = NativeChunks.Validity(vector);
            var target = _batch.Texts[c];
            for (var row = 0; row < count; row++)
            {
                target[row] = NativeChunks.IsValid(validity, row) ? _batch.Interner.Of(records + (16 * row)) : RowBatch.NoText;
            }
        }
    }

    // Every row's value is rounded, as the SQL rounds it before any filter: a value DECIMAL(18, 8) cannot hold
    // fails the aggregation in both.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Round(double[] values, long[] units, bool[] hasUnits, int count)
    {
        for (var row = 0; row < count; row++)
        {
            var value = values[row];
            hasUnits[row] = !double.IsNaN(value);
            if (hasUnits[row] && !FixedPoint.TryRound(value, out units[row]))
            {
                throw new EvaluationException(
                    ErrorCategory.Engine,
                    $"engine duckdb failed building {_kernel.Table}: a commute adds {value}, which DECIMAL(18, 8) cannot hold");
            }
        }
    }

    // What each row adds to each sum, row by row (a row's adds side by side, as its pair's sums are): its units
    // where the filter holds and it has a value, else 0. A row whose filter holds without a value is counted
    // apart (rare: a commute without a distance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Contributions(int count)
    {
        var (width, adds, anyMissing) = (_holds.Length, _adds, false);
        for (var s = 0; s < width; s++)
        {
            var (holds, units, has) = (_holds[s], _units[_valueOfSum[s]], _hasUnits[_valueOfSum[s]]);
            if (holds is null)
            {
                for (var row = 0; row < count; row++)
                {
                    adds[(row * width) + s] = has[row] ? units[row] : 0;
                    anyMissing |= !has[row];
                }

                continue;
            }

            for (var row = 0; row < count; row++)
            {
                adds[(row * width) + s] = holds[row] & has[row] ? units[row] : 0;
                anyMissing |= holds[row] & !has[row];
            }
        }

        _anyMissing = anyMissing;
    }

    // The pair keys as DuckDB located them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Keys(IntPtr chunk, int count)
    {
        var homeVector = NativeChunks.Vector(chunk, 1);
        var workVector = NativeChunks.Vector(chunk, 2);
        var homes = (long*)NativeChunks.Data(homeVector);
        var homeValid = NativeChunks.Validity(homeVector);
        var works = (long*)NativeChunks.Data(workVector);
        var workValid = NativeChunks.Validity(workVector);
        for (var row = 0; row < count; row++)
        {
            _home[row] = Key(homes, homeValid, row);
            _work[row] = Key(works, workValid, row);
        }
    }

    // Each end's record in the ends table (a NULL end is outside the city), its sub-district number as the pair key,
    // and the end flags the plan reads (covered when the cell's coverage began by the commute's year). A row with an
    // end the grid does not have is the inner join's drop: it goes to the pair (0, 0), which the caller drops with the
    // rows whose ends both lie in no sub-district. The records are read at random, so those of a row further on are
    // fetched while this row's are read.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Locate(IntPtr chunk, int count, EndLocator ends)
    {
        EndRecords(NativeChunks.Vector(chunk, 1), count, ends, _homeRecords);
        EndRecords(NativeChunks.Vector(chunk, 2), count, ends, _workRecords);
        var years = (int*)NativeChunks.Data(NativeChunks.Vector(chunk, 0));
        var (stride, flags, read) = (ends.Stride, _flagYears.Length, _kernel.ReadColumns.Count);
        fixed (int* records = ends.Records)
        {
            for (var row = 0; row < count; row++)
            {
                if (row + PrefetchAhead < count && Sse.IsSupported)
                {
                    Sse.Prefetch0(records + (_homeRecords[row + PrefetchAhead] * stride));
                    Sse.Prefetch0(records + (_workRecords[row + PrefetchAhead] * stride));
                }

                var home = records + (_homeRecords[row] * stride);
                var work = records + (_workRecords[row] * stride);
                var known = (home[0] | work[0]) >= 0;
                _home[row] = known ? home[0] : 0;
                _work[row] = known ? work[0] : 0;
                for (var f = 0; f < flags; f++)
                {
                    _batch.Numbers[read + f][row] = (_flagOfHome[f] ? home : work)[_flagYears[f]] <= years[row] ? 1 : 0;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndRecords(IntPtr vector, int count, EndLocator ends, int[] records)
    {
        var validity = NativeChunks.Validity(vector);
        if (ends.Integers)
        {
            var keys = (long*)NativeChunks.Data(vector);
            for (var row = 0; row < count; row++)
            {
                records[row] = !NativeChunks.IsValid(validity, row) ? ends.Outside : ends.ByOffset ? ends.OffsetOf(keys[row]) : ends.Of(keys[row]);
            }

            return;
        }

        var texts = (byte*)NativeChunks.Data(vector);
        for (var row = 0; row < count; row++)
        {
            records[row] = NativeChunks.IsValid(validity, row) ? TextEnd(_batch.Interner.Of(texts + (16 * row)), ends) : ends.Outside;
        }
    }

    // Each distinct text is looked up in the ends table once per worker.
    private int TextEnd(int text, EndLocator ends)
    {
        if (text >= _endRecords.Length)
        {
            Array.Resize(ref _endRecords, Math.Max(text + 1, _endRecords.Length * 2));
        }

        if (_endRecords[text] == 0)
        {
            _endRecords[text] = ends.Of(_batch.Interner.Text(text)) + 1;
        }

        return _endRecords[text] - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddRows(IntPtr chunk, int count)
    {
        // The checks accept no commute without a year.
        var years = (int*)NativeChunks.Data(NativeChunks.Vector(chunk, 0));
        var sums = Sums;
        var greatest = 0L;
        for (var row = 0; row < count; row++)
        {
            greatest = Math.Max(greatest, Math.Max(_home[row], _work[row]));
        }

        sums.Reserve(greatest);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && years[end] == years[start])
            {
                end++;
            }

            AddRun(sums.Slots(years[start]), start, end);
            start = end;
        }
    }

    // One pass: each row's count and sums are added while the pair of a row further on is being fetched. The adds
    // go through pointers (no bounds check per sum: every offset was reserved) and test for overflow once per row;
    // a row that wrapped a sum is repaired through the spill (20 M commutes: 2.1 → 1.0 CPU-s, measured by thread
    // CPU time, against a pass that counted rows first and fetched ahead only for the sums).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddRun(long[] slots, int start, int end)
    {
        var sums = Sums;
        for (var row = start; row < end; row++)
        {
            _at[row] = sums.Offset(_home[row], _work[row]);
        }

        var width = _holds.Length;
        fixed (long* first = slots)
        fixed (long* adds = _adds)
        fixed (int* ats = _at)
        {
            for (var row = start; row < end; row++)
            {
                if (row + PrefetchAhead < end)
                {
                    PairAccumulator.Prefetch(first + ats[row + PrefetchAhead]);
                }

                var at = ats[row];
                var from = adds + (row * width);
                var slot = first + at;
                slot[-1]++;
                var wrapped = 0L;
                for (var s = 0; s < width; s++)
                {
                    var (before, units) = (slot[s], from[s]);
                    var after = before + units;
                    wrapped |= PairAccumulator.Wrap(before, units, after);
                    slot[s] = after;
                }

                if (wrapped < 0)
                {
                    sums.Unwrap(slots, at, new ReadOnlySpan<long>(from, width));
                }

                if (_anyMissing)
                {
                    AddMissing(slots, at, row);
                }
            }
        }
    }

    private void AddMissing(long[] slots, int at, int row)
    {
        for (var s = 0; s < _holds.Length; s++)
        {
            if ((_holds[s] is null || _holds[s]![row]) && !_hasUnits[_valueOfSum[s]][row])
            {
                Sums.AddMissing(slots, at + s);
            }
        }
    }

    // NULL (an end outside the city) is 0; sub-district numbers start at 1.
    private static long Key(long* keys, ulong* validity, int row) =>
        !NativeChunks.IsValid(validity, row) ? 0
        : keys[row] > 0 ? keys[row]
        : NotANumber(keys[row]);

    private static long NotANumber(long key) => throw new InvalidOperationException($"sub-district number {key}: numbers start at 1");
}
