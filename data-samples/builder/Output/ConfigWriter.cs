using System.Text;
using MasterPlanEval.SampleBuilder.Plan;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>Writes evaluation.yaml (exactly the data contract's example) and targets.yaml of the sample city.</summary>
public static class ConfigWriter
{
    public const string Evaluation = """
        city: { id: core, name: { zh: 北京核心区（样例）, en: Beijing core (sample) } }
        years: [2020, 2023, 2024]          # years to evaluate; --year on the command line narrows this list
        working_crs: EPSG:4548             # metric CRS for all geometry work (default EPSG:4548)
        catalog: ../../indicators/catalog  # folder of indicator YAML files
        targets: targets.yaml              # plan targets (see below)
        inputs:
          planning_units:  { path: units.geojson,           crs: GCJ-02 }
          population_grid: { path: population_grid.csv,     crs: EPSG:4326 }
          census:          { path: census.csv }
          land_use:        { path: land_use.geojson,        crs: EPSG:4548, classification: gb-land-sea-2023 }
          facilities:      { path: facilities.csv,          crs: GCJ-02 }
          mobility:        { path: commutes.csv }
          control_lines:   { path: control_lines.geojson,   crs: EPSG:4326 }
          rail_lines:      { path: rail_lines.geojson,      crs: EPSG:4326 }
        zones:                             # groups of whole districts evaluated as units (every district-level indicator)
          - { id: capital_core, name: { zh: 首都功能核心区, en: Capital core functional zone }, districts: ["110101", "110102"] }
        composite:                         # weighted indices: weights are the analyst's (illustrative here)
          - id: plan_implementation_index
            name: { zh: 规划实施综合指数（示例权重）, en: Plan implementation index (illustrative weights) }
            weights: { resident_population: 2, urban_rural_construction_land_area: 2, park_coverage_500m: 1, rail_station_coverage_800m: 1, commute_share_within_45min: 1, jobs_housing_ratio: 1 }

        """;

    public static void Write(string folder, IReadOnlyList<PlanTarget> targets)
    {
        TextFile.Write(Path.Combine(folder, "evaluation.yaml"), Evaluation);
        var yaml = new StringBuilder();
        yaml.Append("# Plan targets of the sample city: ILLUSTRATIVE values, not the real plan's figures.\n");
        yaml.Append("# Baselines (2020) are the sample's own 2020 values as data-samples/builder computes them\n");
        yaml.Append("# (population: the real 2020 census). Regenerate with the builder; do not edit by hand.\n");
        yaml.Append("plan: { id: sample-plan, name: { zh: 样例总体规划, en: Sample master plan } }\n");
        yaml.Append("targets:\n");
        foreach (var t in targets)
        {
            yaml.Append($"  # {t.Comment}\n");
            yaml.Append($"  - indicator: {t.Indicator}\n");
            yaml.Append($"    unit: \"{t.Unit}\"\n");
            yaml.Append($"    kind: {t.Kind}\n");
            yaml.Append($"    value: {Text.Number(t.Value)}\n");
            if (t.ValueMax is { } max)
            {
                yaml.Append($"    value_max: {Text.Number(max)}\n");
            }

            yaml.Append($"    target_year: {t.TargetYear}\n");
            if (t.BaselineValue is { } baseline)
            {
                yaml.Append($"    baseline: {{ year: {SampleYears.Baseline}, value: {Text.Number(baseline)} }}\n");
            }
        }

        TextFile.Write(Path.Combine(folder, "targets.yaml"), yaml.ToString());
    }
}
