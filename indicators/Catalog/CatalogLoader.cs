using System.Security.Cryptography;
using System.Text;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Core.Yaml;
using MasterPlanEval.Indicators.Formulas;

namespace MasterPlanEval.Indicators.Catalog;

/// <summary>
/// Loads <c>catalog.yaml</c> (version) and every <c>&lt;family&gt;/&lt;id&gt;.yaml</c> below it, checks each entry
/// (names, source, levels, kinds, formula against the fact schemas) and compiles the formulas.
/// </summary>
public static class CatalogLoader
{
    public static IReadOnlySet<string> Directions { get; } = new HashSet<string>(StringComparer.Ordinal) { "higher_is_better", "lower_is_better", "neutral" };

    public static IReadOnlySet<string> TargetKinds { get; } = new HashSet<string>(StringComparer.Ordinal) { "cap", "floor", "band" };

    public static IndicatorCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new EvaluationException(ErrorCategory.Catalog, "catalog folder not found", new SourceLocation(directory));
        }

        var headerDocument = YamlDocument.Load(Path.Combine(directory, "catalog.yaml"), ErrorCategory.Catalog);
        var header = headerDocument.Root;
        var version = header.String("version");
        var catalogName = header.Localized("name");
        var dimensions = header.Maps("dimensions").Select(d => new LocalizedName(d.String("zh"), d.String("en"))).ToList();
        if (dimensions.Count == 0)
        {
            throw header.Error("dimensions", "the catalog needs its list of dimensions");
        }

        headerDocument.ThrowOnUnknownKeys();
        var files = Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "catalog.yaml")
            .Order(StringComparer.Ordinal)
            .ToList();
        var indicators = files.Select(LoadIndicator).ToList();
        var undeclared = indicators.FirstOrDefault(i => !dimensions.Contains(i.Dimension));
        if (undeclared is not null)
        {
            // catalog list --dimension offers the declared ones: an indicator outside them could not be listed.
            throw new EvaluationException(ErrorCategory.Catalog, $"dimension {undeclared.Dimension.Zh} / {undeclared.Dimension.En} is not one of catalog.yaml's dimensions ({string.Join(", ", dimensions.Select(d => d.En))})", new SourceLocation(undeclared.FilePath, null, "dimension"));
        }

        var duplicate = indicators.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new EvaluationException(ErrorCategory.Catalog, $"indicator id '{duplicate.Key}' is defined twice", new SourceLocation(duplicate.Last().FilePath));
        }

        var plans = indicators.ToDictionary(
            i => i.Id,
            i => i.Plan(FormulaParser.Parse(i.Formula, i.Parameters, new SourceLocation(i.FilePath, null, "formula"))),
            StringComparer.Ordinal);
        CheckReferences(indicators, plans);
        return new IndicatorCatalog(version, catalogName, dimensions, Hash(directory, files), indicators, plans);
    }

    // A cross-year formula may only read indicators of the catalog, and never itself through a chain.
    private static void CheckReferences(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyDictionary<string, IndicatorPlan> plans)
    {
        foreach (var indicator in indicators)
        {
            var unknown = plans[indicator.Id].References.FirstOrDefault(r => !plans.ContainsKey(r.IndicatorId));
            if (unknown is not null)
            {
                throw new EvaluationException(ErrorCategory.Catalog, $"formula reads unknown indicator '{unknown.IndicatorId}'", new SourceLocation(indicator.FilePath, null, "formula"));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(plans[indicator.Id].References.Select(r => r.IndicatorId));
            while (pending.TryPop(out var id))
            {
                if (id == indicator.Id)
                {
                    throw new EvaluationException(ErrorCategory.Catalog, $"formula reads itself through '{string.Join("', '", seen)}'", new SourceLocation(indicator.FilePath, null, "formula"));
                }

                if (seen.Add(id))
                {
                    foreach (var next in plans[id].References)
                    {
                        pending.Push(next.IndicatorId);
                    }
                }
            }
        }
    }

    private static IndicatorDefinition LoadIndicator(string file)
    {
        var document = YamlDocument.Load(file, ErrorCategory.Catalog);
        var yaml = document.Root;
        var id = yaml.String("id");
        if (id != Path.GetFileNameWithoutExtension(file))
        {
            throw yaml.Error("id", $"id '{id}' must equal the file name '{Path.GetFileNameWithoutExtension(file)}'");
        }

        var name = yaml.Localized("name");
        var dimension = yaml.Localized("dimension");
        if (string.IsNullOrWhiteSpace(name.Zh) || string.IsNullOrWhiteSpace(name.En))
        {
            throw yaml.Error("name", "an indicator needs both a zh and an en name");
        }

        var levels = yaml.Strings("levels")
            .Select(l => UnitLevels.TryParse(l, out var level) ? level : throw yaml.Error("levels", $"unknown level '{l}'"))
            .ToList();
        if (levels.Count == 0)
        {
            throw yaml.Error("levels", "an indicator needs at least one level");
        }

        // A zone is a group of whole districts: whatever is computed for a district is computed for a zone.
        if (levels.Contains(UnitLevel.District) && !levels.Contains(UnitLevel.Zone))
        {
            levels.Insert(levels.IndexOf(UnitLevel.District), UnitLevel.Zone);
        }

        var checks = yaml.OptionalMap("checks");
        var indicator = new IndicatorDefinition(
            id,
            name,
            dimension,
            yaml.String("unit"),
            levels,
            OneOf(yaml, "direction", Directions),
            OneOf(yaml, "target_kind", TargetKinds),
            yaml.String("formula"),
            yaml.OptionalMap("parameters")?.Scalars() ?? new Dictionary<string, string>(),
            yaml.String("source"),
            new ValueChecks(checks?.OptionalNumber("min"), checks?.OptionalNumber("max")),
            yaml.Maps("examples").Select(ExampleReader.Read).ToList(),
            yaml.OptionalString("description"),
            file);
        document.ThrowOnUnknownKeys();
        return indicator;
    }

    private static string OneOf(YamlMap yaml, string key, IReadOnlySet<string> allowed)
    {
        var value = yaml.String(key);
        return allowed.Contains(value) ? value : throw yaml.Error(key, $"'{key}' must be one of {string.Join(", ", allowed)}, found '{value}'");
    }

    private static string Hash(string directory, IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Prepend(Path.Combine(directory, "catalog.yaml")))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/')));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
