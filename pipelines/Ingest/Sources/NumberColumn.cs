using System.Numerics;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// A Parquet column of numbers as Parquet.Net reads it: a dense array, or one with nulls for a nullable column.
/// Whole numbers stay whole (a 64-bit cell id keeps every digit); floating-point and decimal ones become doubles.
/// </summary>
internal sealed class NumberColumn<T>(T[]? dense, T?[]? nullable) : SourceColumn
    where T : struct, INumberBase<T>
{
    private static readonly bool IsInteger = typeof(T) != typeof(double) && typeof(T) != typeof(float) && typeof(T) != typeof(decimal);

    public override FieldValue this[int row]
    {
        get
        {
            if (dense is not null)
            {
                return Value(dense[row]);
            }

            return nullable![row] is { } value ? Value(value) : default;
        }
    }

    private static FieldValue Value(T value) =>
        IsInteger ? FieldValue.OfInteger(long.CreateSaturating(value)) : FieldValue.OfFloat(double.CreateChecked(value));
}
