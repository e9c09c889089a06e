namespace MasterPlanEval.Generator.Randomness;

/// <summary>
/// Walker–Vose alias table: draws an index (or the value given for it) with probability proportional to
/// its weight in O(1) from one uniform, which is what lets the commuter loop pick homes among 262k cells
/// millions of times.
/// </summary>
internal sealed class AliasTable
{
    // Probability, value and alias value side by side: one cache miss per draw instead of three, which
    // matters when the commuter loop draws from tables of 262k cells at random (it is memory-bound).
    // Single precision costs nothing measurable.
    private readonly Entry[] _entries;

    public AliasTable(ReadOnlySpan<double> weights)
        : this(weights, null)
    {
    }

    /// <summary>A table whose draws return <paramref name="values"/>[index] instead of the index.</summary>
    public AliasTable(ReadOnlySpan<double> weights, int[]? values)
    {
        var n = weights.Length;
        if (values is not null && values.Length != n)
        {
            throw new ArgumentException($"{values.Length} values for {n} weights", nameof(values));
        }

        int Value(int index) => values is null ? index : values[index];
        _entries = new Entry[n];
        double total = 0;
        foreach (var w in weights)
        {
            if (!(w >= 0) || !double.IsFinite(w))
            {
                throw new ArgumentException($"weight {w} is not a finite non-negative number", nameof(weights));
            }

            total += w;
        }

        Total = total;
        if (n == 0 || total <= 0)
        {
            return;
        }

        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _entries[s] = new Entry((float)scaled[s], Value(s), Value(l));
            scaled[l] = scaled[l] + scaled[s] - 1;
            (scaled[l] < 1 ? small : large).Push(l);
        }

        // Whatever is left holds probability 1 up to rounding.
        while (large.Count > 0)
        {
            var i = large.Pop();
            _entries[i] = new Entry(1, Value(i), Value(i));
        }

        while (small.Count > 0)
        {
            var i = small.Pop();
            _entries[i] = new Entry(1, Value(i), Value(i));
        }
    }

    public int Count => _entries.Length;

    public double Total { get; }

    /// <summary>False when every weight is zero: nothing can be drawn.</summary>
    public bool CanSample => Total > 0;

    /// <summary>An index (or its value) drawn from one uniform <paramref name="u"/> in [0, 1).</summary>
    public int Sample(double u)
    {
        var scaled = u * _entries.Length;
        var i = Math.Min((int)scaled, _entries.Length - 1);
        var entry = _entries[i];
        return scaled - i < entry.Probability ? entry.Value : entry.Alias;
    }

    private readonly record struct Entry(float Probability, int Value, int Alias);
}
