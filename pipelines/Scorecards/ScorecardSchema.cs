using System.Reflection;
using System.Text;
using Parquet.Schema;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// The Parquet schema of a scorecard file, derived from <see cref="ScorecardRow"/> by reflection so that the
/// record stays the one place a column is declared. Property order is column order; names are the
/// snake_case of the property names; a <c>string</c> column is nullable exactly when the property is
/// declared <c>string?</c>; <c>int</c>/<c>double</c> are required and <c>int?</c>/<c>double?</c> optional.
/// </summary>
public static class ScorecardSchema
{
    // Derived once; the lists are immutable, so sharing them between threads is safe.
    private static readonly IReadOnlyList<ScorecardField> DerivedFields = Derive();

    private static readonly ConstructorInfo RowConstructor = FindConstructor(DerivedFields);

    /// <summary>The columns in file order, with what the schema document shows for each.</summary>
    public static IReadOnlyList<ScorecardColumnInfo> Columns { get; } = DerivedFields.Select(f => f.Column).ToList().AsReadOnly();

    internal static IReadOnlyList<ScorecardField> Fields => DerivedFields;

    /// <summary>
    /// A new Parquet.Net schema for one file. New on every call because Parquet.Net ties each
    /// <see cref="DataField"/> to the schema it was built into, and a writer only accepts its own schema's fields.
    /// </summary>
    public static ParquetSchema CreateParquetSchema() =>
        new(DerivedFields.Select(f => new DataField(f.Column.Name, f.Codec.StorageType, f.Column.IsNullable)));

    /// <summary>Builds a row from values in column order (the order of the record's primary constructor).</summary>
    internal static ScorecardRow CreateRow(object?[] values) => (ScorecardRow)RowConstructor.Invoke(values);

    /// <summary>PascalCase to snake_case: EvaluationId → evaluation_id, UnitNameZh → unit_name_zh, HTTPPort → http_port.</summary>
    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousEndsWord = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var acronymEnds = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousEndsWord || acronymEnds)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static List<ScorecardField> Derive()
    {
        // NullabilityInfoContext caches per instance and is not thread-safe, so it lives only here.
        var nullability = new NullabilityInfoContext();

        // Reflection does not promise declaration order; metadata tokens follow it for one type.
        var properties = typeof(ScorecardRow)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.MetadataToken)
            .ToList();

        var fields = new List<ScorecardField>(properties.Count);
        foreach (var property in properties)
        {
            var description = property.GetCustomAttribute<ScorecardColumnAttribute>()?.Description
                ?? throw new InvalidOperationException(
                    $"ScorecardRow.{property.Name} lacks [ScorecardColumn(\"description\")]; every column is documented");
            var codec = ColumnCodec.For(property);
            var column = new ScorecardColumnInfo(ToSnakeCase(property.Name), codec.ParquetType, IsNullable(property, nullability), description);
            fields.Add(new ScorecardField(column, property, codec));
        }

        var duplicate = fields.GroupBy(f => f.Column.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two ScorecardRow properties map to the column name '{duplicate.Key}'");
        }

        return fields;
    }

    private static bool IsNullable(PropertyInfo property, NullabilityInfoContext nullability)
    {
        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        }

        return nullability.Create(property).ReadState switch
        {
            NullabilityState.Nullable => true,
            NullabilityState.NotNull => false,

            // An oblivious property would silently decide the file schema; make the author choose.
            _ => throw new InvalidOperationException($"ScorecardRow.{property.Name} has no nullability annotation"),
        };
    }

    private static ConstructorInfo FindConstructor(IReadOnlyList<ScorecardField> fields)
    {
        // The reader passes values positionally, so the constructor must take the properties in column order.
        var types = fields.Select(f => f.Property.PropertyType).ToArray();
        var constructor = typeof(ScorecardRow).GetConstructor(types);
        var names = constructor?.GetParameters().Select(p => p.Name);
        if (constructor is null || !names!.SequenceEqual(fields.Select(f => f.Property.Name), StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                "ScorecardRow needs a public constructor taking its properties in declaration order");
        }

        return constructor;
    }
}
