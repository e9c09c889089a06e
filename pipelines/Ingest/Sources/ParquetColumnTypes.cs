using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Mobility;
using Parquet;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>Whether the named columns of a Parquet file hold numbers or text, read from its schema alone.</summary>
internal static class ParquetColumnTypes
{
    private static readonly HashSet<Type> Numbers = [typeof(double), typeof(float), typeof(decimal)];

    private static readonly HashSet<Type> Integers =
        [typeof(long), typeof(int), typeof(short), typeof(sbyte), typeof(byte), typeof(ulong), typeof(uint), typeof(ushort)];

    public static IReadOnlyDictionary<string, StoredAs> Read(string path, IReadOnlyCollection<string> columns)
    {
        var schema = ParquetReader.ReadSchemaAsync(path).GetAwaiter().GetResult();
        return schema.GetDataFields().Where(f => columns.Contains(f.Name)).ToDictionary(
            f => f.Name,
            f => Numbers.Contains(f.ClrType) ? StoredAs.Number
                : Integers.Contains(f.ClrType) ? StoredAs.Integer
                : f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>) ? StoredAs.Text
                : throw new EvaluationException(ErrorCategory.Input, $"column '{f.Name}' has Parquet type {f.ClrType.Name}, which inputs do not use", new SourceLocation(path)),
            StringComparer.Ordinal);
    }
}
