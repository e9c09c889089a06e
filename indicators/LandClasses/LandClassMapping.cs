using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Yaml;

namespace MasterPlanEval.Indicators.LandClasses;

/// <summary>A land-use classification's codes mapped to indicator categories; lookups take the longest matching prefix.</summary>
public sealed record LandClassMapping(string Id, IReadOnlyList<LandClass> Classes)
{
    /// <summary>The mappings shipped in <c>indicators/land-classes/</c>, by id.</summary>
    public static LandClassMapping Load(string directory, string id)
    {
        var path = Path.Combine(directory, $"{id}.yaml");
        if (!File.Exists(path))
        {
            var known = Directory.Exists(directory) ? string.Join(", ", Directory.GetFiles(directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)) : "none";
            throw new EvaluationException(ErrorCategory.Config, $"unknown land-use classification '{id}' (known: {known})");
        }

        var yaml = YamlDocument.Load(path, ErrorCategory.Config).Root;
        var classes = yaml.Maps("classes")
            .Select(c => new LandClass(c.String("code"), c.String("category"), c.Boolean("construction"), c.Boolean("urban_rural_construction")))
            .OrderByDescending(c => c.Code.Length)
            .ToList();
        return new LandClassMapping(yaml.String("id"), classes);
    }

    public LandClass? Find(string code) =>
        Classes.FirstOrDefault(c => code.StartsWith(c.Code, StringComparison.Ordinal));
}
