using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Text;
using MasterPlanEval.Core.Validation;
using MasterPlanEval.Core.Yaml;

namespace MasterPlanEval.Ingest.Config;

/// <summary>
/// Reads <c>evaluation.yaml</c>: resolves paths against the file's folder, checks every CRS (see <see cref="CrsKeys"/>), that
/// required inputs are named, that no key is unknown and that every named file exists, before anything is read.
/// </summary>
public static class ConfigLoader
{
    private static readonly IReadOnlySet<string> Required = new HashSet<string>(StringComparer.Ordinal)
    {
        Datasets.PlanningUnits, Datasets.PopulationGrid, Datasets.Census,
    };

    public static EvaluationConfig Load(string path, IReadOnlyList<int>? onlyYears = null)
    {
        var fullPath = Path.GetFullPath(path);
        var document = YamlDocument.Load(fullPath, ErrorCategory.Config);
        var yaml = document.Root;
        var baseDirectory = Path.GetDirectoryName(fullPath)!;
        var city = yaml.Map("city");
        var years = YearsReader.Read(yaml);

        if (onlyYears is { Count: > 0 })
        {
            var unknown = onlyYears.Where(y => !years.Contains(y)).ToList();
            if (unknown.Count > 0)
            {
                throw new EvaluationException(ErrorCategory.Usage, $"--year {string.Join(", ", unknown)} is not among the config's years ({string.Join(", ", years)})", new SourceLocation(fullPath));
            }

            years = onlyYears.Distinct().ToList();
        }

        var workingCrs = CrsKeys.WorkingCrs(yaml, baseDirectory);

        var inputs = yaml.Map("inputs");
        var unknownDataset = inputs.Keys.FirstOrDefault(k => !Datasets.All.Contains(k));
        if (unknownDataset is not null)
        {
            var near = NearestName.Find(unknownDataset, Datasets.All);
            throw inputs.Error(unknownDataset, $"unknown input '{unknownDataset}' ({(near is null ? string.Empty : $"did you mean '{near}'? ")}known: {string.Join(", ", Datasets.All)})");
        }

        var specs = new Dictionary<string, InputSpec>(StringComparer.Ordinal);
        foreach (var dataset in Datasets.All)
        {
            var input = inputs.OptionalMap(dataset);
            if (input is null)
            {
                if (Required.Contains(dataset))
                {
                    throw inputs.Error(dataset, $"input '{dataset}' is required");
                }

                continue;
            }

            specs[dataset] = ReadInput(dataset, input, baseDirectory);
        }

        var targets = yaml.OptionalString("targets");
        var config = new EvaluationConfig(
            fullPath,
            city.String("id"),
            city.Localized("name"),
            years.Order().ToList(),
            workingCrs,
            Path.GetFullPath(Path.Combine(baseDirectory, yaml.String("catalog"))),
            targets is null ? null : Path.GetFullPath(Path.Combine(baseDirectory, targets)),
            specs,
            Zones(yaml),
            Composites(yaml),
            Share(yaml) ?? EvaluationConfig.DefaultMaxRejectShare);

        // Everything is read: a key nobody asked for is a typo, reported before the files it may have misnamed.
        document.ThrowOnUnknownKeys();
        foreach (var spec in specs.Values)
        {
            ExistingFile(spec.Path, spec.Dataset, fullPath);
        }

        if (config.TargetsPath is not null)
        {
            ExistingFile(config.TargetsPath, "targets", fullPath);
        }

        return config;
    }

    private static double? Share(YamlMap map)
    {
        var share = map.OptionalNumber("max_reject_share");
        return share is null or (>= 0 and <= 1)
            ? share
            : throw map.Error("max_reject_share", $"max_reject_share must be a share between 0 and 1, found {share.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    // Indicator ids are checked against the catalog once it is loaded (see EvaluationPreparer).
    private static List<CompositeSpec> Composites(YamlMap yaml)
    {
        var composites = new List<CompositeSpec>();
        foreach (var composite in yaml.Maps("composite"))
        {
            var id = composite.String("id");
            var weights = composite.Map("weights");
            var parsed = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var indicator in weights.Keys)
            {
                var weight = weights.OptionalNumber(indicator);
                if (weight is not (> 0 and < double.PositiveInfinity))
                {
                    throw weights.Error(indicator, $"composite '{id}': the weight of '{indicator}' must be a positive number");
                }

                parsed[indicator] = weight.Value;
            }

            if (parsed.Count == 0)
            {
                throw composite.Error("weights", $"composite '{id}' needs at least one weighted indicator");
            }

            if (composites.Any(c => c.Id == id))
            {
                throw composite.Error("id", $"composite id '{id}' is used twice");
            }

            composites.Add(new CompositeSpec(id, composite.Localized("name"), parsed));
        }

        return composites;
    }

    // Zones are checked against the planning units once those are read (see ZoneUnits).
    private static List<ZoneSpec> Zones(YamlMap yaml)
    {
        var zones = new List<ZoneSpec>();
        foreach (var zone in yaml.Maps("zones"))
        {
            var id = zone.String("id");
            var districts = zone.Strings("districts");
            if (districts.Count == 0)
            {
                throw zone.Error("districts", $"zone '{id}' needs at least one district id");
            }

            if (zones.Any(z => z.Id == id))
            {
                throw zone.Error("id", $"zone id '{id}' is used twice");
            }

            zones.Add(new ZoneSpec(id, zone.Localized("name"), districts.Distinct().ToList()));
        }

        return zones;
    }

    private static InputSpec ReadInput(string dataset, YamlMap input, string baseDirectory)
    {
        var classification = input.OptionalString("classification");
        if (dataset == Datasets.LandUse && classification is null)
        {
            throw input.Error("classification", "input 'land_use' needs a classification (gb-land-sea-2023 or gb50137-2011)");
        }

        // Whether the file exists is checked once every key of the config is known to be spelt right.
        var path = Path.GetFullPath(Path.Combine(baseDirectory, input.String("path")));
        var crs = CrsKeys.InputCrs(dataset, input, path, baseDirectory);
        var outsideMarker = dataset == Datasets.Mobility ? OutsideMarker(input) : null;
        var columns = InputColumnsReader.Columns(dataset, input);
        return new InputSpec(dataset, path, crs, classification, Limits(dataset, input), outsideMarker, Share(input), columns, InputColumnsReader.Year(dataset, input, columns));
    }

    // inputs.<dataset>.limits: { <column>: <max> } moves the maximum of a plausibility limit (InputLimits).
    private static Dictionary<string, double>? Limits(string dataset, YamlMap input)
    {
        var limits = input.OptionalMap("limits");
        if (limits is null)
        {
            return null;
        }

        var known = InputLimits.Columns(dataset);
        var parsed = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var column in limits.Keys)
        {
            if (!known.Contains(column))
            {
                throw limits.Error(column, known.Count == 0
                    ? $"input '{dataset}' has no limits: '{column}' is unknown"
                    : $"unknown limit '{column}' for input '{dataset}' (known: {string.Join(", ", known)})");
            }

            var range = InputLimits.Default(dataset, column).Range;
            var max = limits.OptionalNumber(column);
            if (max is not { } value || value <= range.Min)
            {
                throw limits.Error(column, $"the limit of '{column}' for input '{dataset}' must be a number above {NumberRange.Format(range.Min)}");
            }

            if (value > InputLimits.LargestMaximum)
            {
                throw limits.Error(column, $"the limit of '{column}' for input '{dataset}' must be at most {NumberRange.Format(InputLimits.LargestMaximum)}: sums are exact fixed-point sums, which hold no larger row value");
            }

            parsed[column] = value;
        }

        CheckCommuteProducts(dataset, limits, parsed);
        return parsed;
    }

    // A commute row adds persons × minutes and persons × distance_km in 64-bit fixed point (SqlRenderer.Sum): limits
    // moved so far that a product no longer fits would stop the engine mid-run instead of here.
    private static void CheckCommuteProducts(string dataset, YamlMap limits, IReadOnlyDictionary<string, double> parsed)
    {
        if (dataset != Datasets.Mobility || parsed.Count == 0)
        {
            return;
        }

        var spec = new InputSpec(dataset, string.Empty, null, null, parsed);
        var persons = InputLimits.Of(spec, "persons").Range.Max;
        var longest = Math.Max(InputLimits.Of(spec, "minutes").Range.Max, InputLimits.Of(spec, "distance_km").Range.Max);
        if (persons * longest >= InputLimits.LargestCommuteProduct)
        {
            var key = parsed.ContainsKey("persons") ? "persons" : parsed.Keys.First();
            throw limits.Error(key, $"limits of input 'mobility': persons {NumberRange.Format(persons)} × {NumberRange.Format(longest)} (minutes or km) must stay below {NumberRange.Format(InputLimits.LargestCommuteProduct)}, the largest value a commute row may add to an exact sum");
        }
    }

    // An end outside the city is empty, or this marker (a cell id no grid cell has, e.g. OUT).
    private static string? OutsideMarker(YamlMap input)
    {
        var marker = input.OptionalString("outside_marker");
        if (input.Has("outside_marker") && (string.IsNullOrWhiteSpace(marker) || marker != marker.Trim()))
        {
            throw input.Error("outside_marker", "outside_marker must be a cell id such as OUT, not empty and without surrounding spaces (an empty end is outside the city anyway)");
        }

        return marker;
    }

    private static void ExistingFile(string path, string what, string configPath)
    {
        if (InputPath.Problem(path) is { } problem)
        {
            throw new EvaluationException(ErrorCategory.Input, $"input '{what}' file {problem}: {path}", new SourceLocation(configPath));
        }
    }
}
