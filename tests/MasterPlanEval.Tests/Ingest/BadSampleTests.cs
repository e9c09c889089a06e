using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Ingest;

/// <summary>
/// data-samples/bad holds one bad row of each kind (listed in its README): each must be rejected with its
/// own field and reason, every good row kept, and read = accepted + rejected in every dataset.
/// </summary>
public sealed class BadSampleTests
{
    private static readonly string Config = Path.Combine(RepoPaths.Sample("bad"), "evaluation.yaml");

    public static TheoryData<string, string, string, string> ExpectedRejects() => new()
    {
        { "population_grid", "line 8", "residents", "'many' is not a number" },
        { "population_grid", "line 9", "workers", "-5 is out of range: must be >= 0 and <= 200000 per cell" },
        { "population_grid", "line 10", "year", "missing value" },
        { "population_grid", "line 11", "cell_id", "cell 'a1' appears twice for 2020 (first at line 2)" },
        { "population_grid", "line 12", "residents", "1E+308 is out of range: must be >= 0 and <= 100000 per cell (limit of population_grid; set inputs.population_grid.limits.residents to change)" },
        { "population_grid", "line 15", "row", "the row has 7 fields but the header has 6: an unquoted comma in a value (a decimal comma?) shifts the values after it" },
        { "census", "line 4", "unit_id", "'D1' is not a sub-district of the planning units" },
        { "census", "line 5", "residents", "-40 is out of range: must be >= 0 and <= 2000000 per sub-district" },
        { "census", "line 6", "residents", "3000000 is out of range: must be >= 0 and <= 2000000 per sub-district (limit of census; set inputs.census.limits.residents to change)" },
        { "land_use", "feature 4", "class_code", "'9901' has no mapping in classification gb-land-sea-2023" },
        { "land_use", "feature 5", "geometry", "no geometry" },
        { "land_use", "feature 6", "parcel_id", "parcel 'L1' appears twice for 2020 (first at feature 0)" },
        { "land_use", "feature 8", "geometry", "area 1024 is out of range: must be > 0 and <= 1000 km2 (limit of land_use; set inputs.land_use.limits.area_km2 to change)" },
        { "land_use", "feature 10", "geometry", "degenerate geometry: a ring that is not closed or has fewer than 4 points (points must form a closed linestring)" },
        { "land_use", "feature 11", "class_code", "is a JSON object, not a single text or number" },
        { "facilities", "line 7", "type", "unknown facility type 'hospital' (known: park, clinic, primary_school, middle_school, elderly_care, market, sports, rail_station, bus_stop)" },
        { "facilities", "line 8", "x", "'450k' is not a number" },
        { "facilities", "line 9", "facility_id", "facility 'PK1' appears twice (first at line 2)" },
        { "mobility", "line 7", "minutes", "0 is out of range: must be > 0 and <= 300 minutes" },
        { "mobility", "line 8", "minutes", "400 is out of range: must be > 0 and <= 300 minutes (limit of mobility; set inputs.mobility.limits.minutes to change)" },
        { "mobility", "line 9", "mode", "unknown mode 'scooter' (known: walk, bike, bus, rail, car, other)" },
        { "mobility", "line 10", "home_cell", "unknown cell 'zz_9' (not a cell of population_grid; an end outside the city is empty)" },
        { "mobility", "line 11", "persons", "-3 is out of range: must be > 0 and <= 200000 per row" },
        { "mobility", "line 12", "work_cell", "unknown cell 'b9' (not a cell of population_grid; an end outside the city is empty)" },
        { "mobility", "line 13", "home_cell", "home_cell and work_cell are both empty: a commute needs an end in the city" },
        { "mobility", "line 14", "persons", "1000000 is out of range: must be > 0 and <= 200000 per row (limit of mobility; set inputs.mobility.limits.persons to change)" },
        { "mobility", "line 15", "distance_km", "5000 is out of range: must be >= 0 and <= 500 km (limit of mobility; set inputs.mobility.limits.distance_km to change)" },
    };

    [Theory]
    [MemberData(nameof(ExpectedRejects))]
    public async Task Each_bad_row_is_rejected_with_its_field_and_reason(string dataset, string row, string field, string reason)
    {
        var rejects = await RejectsAsync();
        Assert.Contains(rejects, r => r[0] == dataset && r[2] == row && r[3] == field && r[4] == reason && r[5] == "rejected");
    }

    [Fact]
    public async Task Counts_reconcile_and_only_the_bad_rows_are_rejected()
    {
        using var temp = new TempDirectory();
        var result = await Pipeline.RunAsync(Config, temp.Path);
        var rejected = result.Manifest.Datasets.ToDictionary(d => d.Dataset, d => d.Rejected);
        Assert.All(result.Manifest.Datasets, d => Assert.True(d.Reconciles, d.Dataset));
        foreach (var group in ExpectedRejects().GroupBy(r => (string)r[0]))
        {
            Assert.Equal(group.Count(), rejected[group.Key]);
        }

        Assert.Equal(0, rejected["planning_units"]);
        Assert.Equal(0, rejected["control_lines"]);
        Assert.Contains("land_use 2020: 2 parcels overlap others, 0.01 km² counted twice (first: 'L1' and 'L7'); area sums of that year include it", result.Manifest.Notes);
        // Lines 13 and 14 of population_grid.csv are blank: 12 rows read, not 14.
        Assert.Equal(12, result.Manifest.Datasets.Single(d => d.Dataset == "population_grid").Read);
    }

    [Fact]
    public async Task The_bow_tie_parcel_is_repaired_and_used()
    {
        var rejects = await RejectsAsync();
        var repaired = Assert.Single(rejects, r => r[5] == "repaired");
        Assert.Equal(["land_use", "feature 9", "geometry", "invalid geometry (Self-intersection) repaired"], new[] { repaired[0], repaired[2], repaired[3], repaired[4] });
        Assert.DoesNotContain(rejects, r => r[0] == "land_use" && r[2] == "feature 9" && r[5] == "rejected");
    }

    public static TheoryData<string, int, string> FatalConfigs() => new()
    {
        { "duplicate-header", 4, "census_duplicate_header.csv, line 1, field 'year': column 'year' appears 2 times in the header (columns 2 and 4)" },
        { "geojson-syntax", 4, "land_use_syntax_error.geojson, feature 1: not a readable GeoJSON FeatureCollection: invalid JSON at line 5" },
        { "missing-column", 4, "missing required column 'residents' for input 'population_grid'" },
        { "mapped-column-missing", 4, "commutes.csv, field 'duration_min': input 'mobility' maps minutes to column 'duration_min' (inputs.mobility.columns), which the file does not have" },
        { "missing-file", 4, "input 'population_grid' file not found" },
        { "share-out-of-range", 6, "value 1.5 is outside the range [0, 1] of indicator 'park_coverage_500m'" },
        { "unknown-crs", 3, "unknown CRS 'EPSG:9999' for input 'facilities'" },
        { "unknown-indicator", 6, "unknown indicator 'green_space_per_capita'" },
        { "unknown-key", 3, "evaluation.yaml, line 15, field 'zone': unknown key 'zone' (did you mean 'zones'?)" },
        { "duplicate-year", 3, "evaluation.yaml, line 3, field 'years[1]': year 2020 is listed twice" },
        { "deep-nesting", 3, "evaluation.yaml, line 15: YAML nested deeper than 64 levels of mappings and lists" },
    };

    [Theory]
    [MemberData(nameof(FatalConfigs))]
    public async Task Each_fatal_config_stops_with_one_line_and_writes_nothing(string folder, int exitCode, string message)
    {
        using var temp = new TempDirectory();
        var config = Path.Combine(RepoPaths.Sample("bad"), "fatal", folder, "evaluation.yaml");
        var run = await CliRun.RunAsync("run", "--config", config, "--out", temp.Path);
        Assert.Equal(exitCode, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private static async Task<List<string[]>> RejectsAsync()
    {
        using var temp = new TempDirectory();
        var run = await CliRun.RunAsync("validate", "--config", Config, "--out", temp.Path);
        Assert.Equal(0, run.ExitCode);
        var file = Path.Combine(Assert.Single(Directory.GetDirectories(temp.Path)), "rejects.csv");
        return File.ReadAllLines(file).Skip(1).Select(ParseCsvLine).ToList();
    }

    // The reject reasons may hold quoted commas; a small RFC 4180 split is enough for one line.
    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
