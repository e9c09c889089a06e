using System.Globalization;
using System.Text;

namespace MasterPlanEval.Generator.Plan;

/// <summary>
/// Renders <c>targets.yaml</c> in the contract's form, with targets in the spirit of Beijing's 2016–2035
/// master plan: a population cap, shrinking construction land, no construction in the ecological red
/// line, coverage floors, commute targets (45-minute share ≥ 80 %) and a jobs-housing band per district.
/// Baselines are the generated first-year values where the generator knows them exactly (census, land,
/// commutes); coverage baselines need the spatial stage, so those targets have none.
/// </summary>
internal sealed class TargetsDocument(string cityId, int baselineYear)
{
    private readonly StringBuilder _text = new();

    public TargetsDocument Target(string indicator, string unit, string kind, double value, double? baseline = null, double? valueMax = null)
    {
        _text.Append(CultureInfo.InvariantCulture, $"  - {{ indicator: {indicator}, unit: \"{unit}\", kind: {kind}, value: {Number(value)}");
        if (valueMax is { } max)
        {
            _text.Append(CultureInfo.InvariantCulture, $", value_max: {Number(max)}");
        }

        _text.Append(CultureInfo.InvariantCulture, $", target_year: {GeneratorScale.TargetYear}");
        if (baseline is { } b && double.IsFinite(b))
        {
            _text.Append(CultureInfo.InvariantCulture, $", baseline: {{ year: {baselineYear}, value: {Number(b)} }}");
        }

        _text.Append(" }\n");
        return this;
    }

    public string Render(string scaleName, int seed) =>
        $"# Plan targets of the synthetic city (scale {scaleName}, seed {seed}), written by MasterPlanEval.Generator.\n"
        + $"plan: {{ id: synthetic-plan, name: {{ zh: \"合成北京总体规划（2035）\", en: \"Synthetic Beijing master plan (2035)\" }} }}\n"
        + (_text.Length == 0 ? "targets: []\n" : $"targets:\n{_text}");

    public string CityId => cityId;

    public bool IsEmpty => _text.Length == 0;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
