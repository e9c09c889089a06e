using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Yaml;
using MasterPlanEval.Ingest.Crs;

namespace MasterPlanEval.Ingest.Config;

/// <summary>
/// Reads <c>evaluation.yaml</c>: resolves paths against the file's folder, checks every CRS name, that
/// required inputs are named and that every named file exists, before anything is read.
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
        var yaml = YamlDocument.Load(fullPath, ErrorCategory.Config).Root;
        var baseDirectory = Path.GetDirectoryName(fullPath)!;
        var city = yaml.Map("city");
        var years = yaml.Strings("years").Select(y => int.TryParse(y, out var year) ? year : throw yaml.Error("years", $"'{y}' is not a year")).ToList();
        if (years.Count == 0)
        {
            throw yaml.Error("years", "name at least one year to evaluate");
        }

        if (onlyYears is { Count: > 0 })
        {
            var unknown = onlyYears.Where(y => !years.Contains(y)).ToList();
            if (unknown.Count > 0)
            {
                throw new EvaluationException(ErrorCategory.Usage, $"--year {string.Join(", ", unknown)} is not among the config's years ({string.Join(", ", years)})", new SourceLocation(fullPath));
            }

            years = onlyYears.Distinct().ToList();
        }

        var workingCrs = yaml.OptionalString("working_crs") ?? EvaluationConfig.DefaultWorkingCrs;
        if (!CrsRegistry.TryGet(workingCrs, out var working) || working.IsGeographic)
        {
            throw yaml.Error("working_crs", $"working_crs '{workingCrs}' must be a projected CRS in metres: EPSG:4548 or EPSG:32650");
        }

        var inputs = yaml.Map("inputs");
        var unknownDataset = inputs.Keys.FirstOrDefault(k => !Datasets.All.Contains(k));
        if (unknownDataset is not null)
        {
            throw inputs.Error(unknownDataset, $"unknown input '{unknownDataset}' (known: {string.Join(", ", Datasets.All)})");
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

            specs[dataset] = ReadInput(dataset, input, baseDirectory, fullPath);
        }

        var targets = yaml.OptionalString("targets");
        return new EvaluationConfig(
            fullPath,
            city.String("id"),
            city.Localized("name"),
            years.Order().ToList(),
            working.Name,
            Path.GetFullPath(Path.Combine(baseDirectory, yaml.String("catalog"))),
            targets is null ? null : ExistingFile(Path.Combine(baseDirectory, targets), "targets", fullPath),
            specs,
            Zones(yaml),
            Composites(yaml));
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

    private static InputSpec ReadInput(string dataset, YamlMap input, string baseDirectory, string configPath)
    {
        var crs = input.OptionalString("crs");
        if (Datasets.Spatial.Contains(dataset))
        {
            if (crs is null)
            {
                throw input.Error("crs", $"input '{dataset}' needs a crs ({string.Join(", ", CrsRegistry.Names)})");
            }

            if (!CrsRegistry.TryGet(crs, out _))
            {
                throw input.Error("crs", $"unknown CRS '{crs}' for input '{dataset}' (known: {string.Join(", ", CrsRegistry.Names)})");
            }
        }

        var classification = input.OptionalString("classification");
        if (dataset == Datasets.LandUse && classification is null)
        {
            throw input.Error("classification", "input 'land_use' needs a classification (gb-land-sea-2023 or gb50137-2011)");
        }

        var path = ExistingFile(Path.Combine(baseDirectory, input.String("path")), dataset, configPath);
        return new InputSpec(dataset, path, crs, classification);
    }

    private static string ExistingFile(string path, string what, string configPath)
    {
        var full = Path.GetFullPath(path);
        return InputPath.Problem(full) is { } problem
            ? throw new EvaluationException(ErrorCategory.Input, $"input '{what}' file {problem}: {full}", new SourceLocation(configPath))
            : full;
    }
}
