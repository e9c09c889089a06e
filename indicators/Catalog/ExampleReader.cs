using MasterPlanEval.Core.Yaml;

namespace MasterPlanEval.Indicators.Catalog;

/// <summary>Reads one <c>examples:</c> entry: <c>given</c> rows per fact table and <c>expect</c> values per unit.</summary>
internal static class ExampleReader
{
    public static IndicatorExample Read(YamlMap yaml)
    {
        var given = yaml.Map("given");
        var tables = given.Keys.ToDictionary(
            table => table,
            table => (IReadOnlyList<IReadOnlyDictionary<string, string>>)given.Maps(table).Select(row => row.Scalars()).ToList(),
            StringComparer.Ordinal);
        var expect = yaml.Map("expect");
        var values = expect.Keys.ToDictionary(
            unit => unit,
            unit => expect.OptionalString(unit) is null ? (double?)null : expect.Number(unit),
            StringComparer.Ordinal);
        return new IndicatorExample(yaml.String("name"), tables, values);
    }
}
