using System.Globalization;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Indicators.Catalog;

/// <summary>
/// The given values of a cross-year example (<c>given: { values: [{ indicator, unit, year, value }] }</c>) as
/// engine output (one input row each), and the years they span: the expected values are for the last; a unit's
/// baseline is its first year with the values the formula reads at baseline.
/// Units are sub-districts except the example's <c>district</c> and <c>city</c>.
/// </summary>
public static class ExampleValues
{
    public const string Table = "values";

    public static (IReadOnlyList<IndicatorValue> Values, IReadOnlyList<int> Years) Build(IndicatorExample example)
    {
        var rows = example.Given.GetValueOrDefault(Table)
            ?? throw new ArgumentException($"example '{example.Name}' of a cross-year indicator needs given '{Table}'", nameof(example));
        var values = rows.Select(r => new IndicatorValue(
                r["indicator"],
                r["unit"] switch { ExampleFacts.City => UnitLevel.City, ExampleFacts.District => UnitLevel.District, _ => UnitLevel.Subdistrict },
                r["unit"],
                int.Parse(r["year"], CultureInfo.InvariantCulture),
                double.Parse(r["value"], CultureInfo.InvariantCulture),
                false,
                1,
                []))
            .ToList();
        return (values, values.Select(v => v.Year).Distinct().Order().ToList());
    }
}
