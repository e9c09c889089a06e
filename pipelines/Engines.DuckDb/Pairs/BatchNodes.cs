using System.Runtime.CompilerServices;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>A number per row of the batch, NaN where SQL has NULL. The array is the node's own, valid up to the batch's count.</summary>
internal abstract class NumberNode
{
    public abstract double[] Evaluate(RowBatch batch);
}

/// <summary>Whether a condition holds per row; a condition that is NULL in SQL does not hold (CASE WHEN takes only TRUE).</summary>
internal abstract class ConditionNode
{
    public abstract bool[] Evaluate(RowBatch batch);
}

/// <summary>A text number per row (<see cref="RowBatch.NoText"/> for NULL).</summary>
internal abstract class TextNode
{
    public abstract int[] Evaluate(RowBatch batch);
}

internal sealed class NumberColumnNode(int column) : NumberNode
{
    public override double[] Evaluate(RowBatch batch) => batch.Numbers[column];
}

internal sealed class NumberConstantNode(double value, int capacity) : NumberNode
{
    private readonly double[] _values = Enumerable.Repeat(value, capacity).ToArray();

    public override double[] Evaluate(RowBatch batch) => _values;
}

internal sealed class TextColumnNode(int column) : TextNode
{
    public override int[] Evaluate(RowBatch batch) => batch.Texts[column];
}

internal sealed class TextConstantNode(int text, int capacity) : TextNode
{
    private readonly int[] _values = Enumerable.Repeat(text, capacity).ToArray();

    public override int[] Evaluate(RowBatch batch) => _values;
}

/// <summary>+, −, × as doubles (NaN carries NULL through); ÷ gives NULL for a zero denominator, as the SQL's CASE does.</summary>
internal sealed class ArithmeticNode(ArithmeticOp op, NumberNode left, NumberNode right, int capacity) : NumberNode
{
    private readonly double[] _values = new double[capacity];

    // One loop per operator: the operator is fixed per node, the loops run over every commute.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override double[] Evaluate(RowBatch batch)
    {
        var (l, r, n) = (left.Evaluate(batch), right.Evaluate(batch), batch.Count);
        switch (op)
        {
            case ArithmeticOp.Add:
                for (var row = 0; row < n; row++)
                {
                    _values[row] = l[row] + r[row];
                }

                break;
            case ArithmeticOp.Subtract:
                for (var row = 0; row < n; row++)
                {
                    _values[row] = l[row] - r[row];
                }

                break;
            case ArithmeticOp.Multiply:
                for (var row = 0; row < n; row++)
                {
                    _values[row] = l[row] * r[row];
                }

                break;
            default:
                for (var row = 0; row < n; row++)
                {
                    _values[row] = r[row] == 0 ? double.NaN : l[row] / r[row];
                }

                break;
        }

        return _values;
    }
}

internal sealed class NumberComparisonNode(ComparisonOp op, NumberNode left, NumberNode right, int capacity) : ConditionNode
{
    private readonly bool[] _holds = new bool[capacity];

    // IEEE comparisons with NaN are false, as SQL's with NULL do not hold; only ≠ must test for NaN itself.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool[] Evaluate(RowBatch batch)
    {
        var (l, r, n) = (left.Evaluate(batch), right.Evaluate(batch), batch.Count);
        switch (op)
        {
            case ComparisonOp.Equal:
                for (var row = 0; row < n; row++)
                {
                    _holds[row] = l[row] == r[row];
                }

                break;
            case ComparisonOp.NotEqual:
                for (var row = 0; row < n; row++)
                {
                    _holds[row] = l[row] != r[row] && !double.IsNaN(l[row]) && !double.IsNaN(r[row]);
                }

                break;
            case ComparisonOp.Less:
                for (var row = 0; row < n; row++)
                {
                    _holds[row] = l[row] < r[row];
                }

                break;
            case ComparisonOp.LessOrEqual:
                for (var row = 0; row < n; row++)
                {
                    _holds[row] = l[row] <= r[row];
                }

                break;
            case ComparisonOp.Greater:
                for (var row = 0; row < n; row++)
                {
                    _holds[row] = l[row] > r[row];
                }

                break;
            default:
                for (var row = 0; row < n; row++)
                {
                    _holds[row] = l[row] >= r[row];
                }

                break;
        }

        return _holds;
    }
}

internal sealed class TextComparisonNode(ComparisonOp op, TextNode left, TextNode right, int capacity) : ConditionNode
{
    private readonly bool[] _holds = new bool[capacity];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool[] Evaluate(RowBatch batch)
    {
        var (l, r) = (left.Evaluate(batch), right.Evaluate(batch));
        for (var row = 0; row < batch.Count; row++)
        {
            _holds[row] = l[row] != RowBatch.NoText && r[row] != RowBatch.NoText && op switch
            {
                ComparisonOp.Equal => l[row] == r[row],
                ComparisonOp.NotEqual => l[row] != r[row],
                _ => Comparisons.Holds(op, batch.Interner.Compare(l[row], r[row])),
            };
        }

        return _holds;
    }
}

/// <summary>A text among listed constants (<c>mode in ('walk', 'bike')</c>): one lookup per row by text number.</summary>
internal sealed class TextInNode(TextNode value, IReadOnlyList<int> options, int capacity) : ConditionNode
{
    private readonly bool[] _holds = new bool[capacity];
    private bool[] _listed = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool[] Evaluate(RowBatch batch)
    {
        var texts = value.Evaluate(batch);
        for (var row = 0; row < batch.Count; row++)
        {
            var text = texts[row];
            if (text >= _listed.Length)
            {
                // Texts are numbered as they are met: the table grows to the newest.
                _listed = Enumerable.Range(0, Math.Max(text + 1, 2 * _listed.Length)).Select(options.Contains).ToArray();
            }

            _holds[row] = text != RowBatch.NoText && _listed[text];
        }

        return _holds;
    }
}

/// <summary>AND and OR of conditions that hold or not: without NOT in the language, "holds" composes like SQL's TRUE.</summary>
internal sealed class LogicNode(bool and, ConditionNode left, ConditionNode right, int capacity) : ConditionNode
{
    private readonly bool[] _holds = new bool[capacity];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool[] Evaluate(RowBatch batch)
    {
        var (l, r) = (left.Evaluate(batch), right.Evaluate(batch));
        for (var row = 0; row < batch.Count; row++)
        {
            _holds[row] = and ? l[row] && r[row] : l[row] || r[row];
        }

        return _holds;
    }
}

internal static class Comparisons
{
    /// <summary>Whether a comparison holds given the sign of left compared with right.</summary>
    public static bool Holds(ComparisonOp op, int order) => op switch
    {
        ComparisonOp.Equal => order == 0,
        ComparisonOp.NotEqual => order != 0,
        ComparisonOp.Less => order < 0,
        ComparisonOp.LessOrEqual => order <= 0,
        ComparisonOp.Greater => order > 0,
        _ => order >= 0,
    };
}
