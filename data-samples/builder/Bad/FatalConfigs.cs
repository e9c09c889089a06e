namespace MasterPlanEval.SampleBuilder.Bad;

/// <summary>
/// Configs under bad/fatal/: each causes exactly one run-stopping error and otherwise reuses the good files
/// of the bad sample by relative path. README.md of the bad sample gives the expected line and exit code.
/// </summary>
public static class FatalConfigs
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["missing-file/evaluation.yaml"] = Config(grid: "../../population_grid_2021.csv"),
        ["missing-column/evaluation.yaml"] = Config(grid: "population_grid_no_residents.csv"),
        ["missing-column/population_grid_no_residents.csv"] = """
            cell_id,year,x,y,workers
            a1,2020,450125,4420125,300
            b1,2020,451125,4420125,200

            """,
        // A vendor's column name mapped, but this commutes file calls the column minutes.
        ["mapped-column-missing/evaluation.yaml"] = Config(mobility: "{ path: ../../commutes.csv, columns: { minutes: duration_min } }"),
        ["unknown-crs/evaluation.yaml"] = Config(facilitiesCrs: "EPSG:9999"),
        ["duplicate-header/evaluation.yaml"] = Config(census: "census_duplicate_header.csv"),
        ["duplicate-header/census_duplicate_header.csv"] = """
            unit_id,year,residents,year
            S1,2020,2800,2020
            S2,2020,2600,2020

            """,
        ["geojson-syntax/evaluation.yaml"] = Config(landUse: "land_use_syntax_error.geojson"),
        ["geojson-syntax/land_use_syntax_error.geojson"] = """
            {
              "type": "FeatureCollection",
              "features": [
                {"type": "Feature", "properties": {"parcel_id": "L1", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[450000, 4420000], [450600, 4420000], [450600, 4420500], [450000, 4420500], [450000, 4420000]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L2" "year": 2020, "class_code": "0901"}, "geometry": {"type": "Polygon", "coordinates": [[[450800, 4420000], [451200, 4420000], [451200, 4420500], [450800, 4420500], [450800, 4420000]]]}}
              ]
            }

            """,
        ["unknown-indicator/evaluation.yaml"] = Config(targets: "targets.yaml"),
        ["unknown-indicator/targets.yaml"] = """
            plan: { id: bad-plan, name: { zh: 坏样例规划, en: Bad sample plan } }
            targets:
              - indicator: resident_population
                unit: bad
                kind: cap
                value: 6000
                target_year: 2035
              - indicator: green_space_per_capita
                unit: bad
                kind: floor
                value: 12
                target_year: 2035

            """,
        // zone: for zones: once evaluated no zone without a word.
        ["unknown-key/evaluation.yaml"] = Config(extra: """
            zone:
              - { id: whole, name: { zh: 全区, en: Whole district }, districts: [D1] }

            """),
        ["duplicate-year/evaluation.yaml"] = Config(years: "[2020, 2020]"),
        // 1,000 nested lists: 50,000 overflowed the stack of YamlDotNet's recursive reader.
        ["deep-nesting/evaluation.yaml"] = Config(extra: $"zones: {new string('[', 1000)}{new string(']', 1000)}\n"),
        ["share-out-of-range/evaluation.yaml"] = Config(targets: "targets.yaml"),
        ["share-out-of-range/targets.yaml"] = """
            plan: { id: bad-plan, name: { zh: 坏样例规划, en: Bad sample plan } }
            targets:
              - indicator: park_coverage_500m
                unit: bad
                kind: floor
                value: 1.5
                target_year: 2035

            """,
    };

    private static string Config(
        string grid = "../../population_grid.csv",
        string facilitiesCrs = "EPSG:4548",
        string targets = "../../targets.yaml",
        string census = "../../census.csv",
        string landUse = "../../land_use.geojson",
        string years = "[2020]",
        string mobility = "{ path: ../../commutes.csv }",
        string extra = "") => $$"""
        # Fatal case: stops the run before any output (see ../../README.md).
        city: { id: bad, name: { zh: 坏样例, en: Bad sample } }
        years: {{years}}
        working_crs: EPSG:4548
        catalog: ../../../../indicators/catalog
        targets: {{targets}}
        inputs:
          planning_units:  { path: ../../units.geojson,         crs: EPSG:4548 }
          population_grid: { path: {{grid}}, crs: EPSG:4548 }
          census:          { path: {{census}} }
          land_use:        { path: {{landUse}}, crs: EPSG:4548, classification: gb-land-sea-2023 }
          facilities:      { path: ../../facilities.csv,        crs: {{facilitiesCrs}} }
          mobility:        {{mobility}}
          control_lines:   { path: ../../control_lines.geojson, crs: EPSG:4548 }

        """ + extra;
}
