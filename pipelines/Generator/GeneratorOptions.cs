using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Generator;

/// <summary>
/// What to generate and where. <see cref="CatalogDirectory"/> is written, made absolute, as the
/// <c>catalog:</c> of <c>evaluation.yaml</c> (its sibling <c>land-classes/</c> supplies the land-use codes).
/// <see cref="Commuters"/> overrides the scale's commuters per year (null: the scale's);
/// <see cref="Years"/> overrides its years (null: the scale's). The same options and seed always give
/// byte-identical files.
/// </summary>
public sealed record GeneratorOptions(
    GeneratorScale Scale,
    int Seed,
    string OutDirectory,
    string CatalogDirectory,
    long? Commuters = null,
    IReadOnlyList<int>? Years = null)
{
    /// <summary>The scale with the overrides applied.</summary>
    public GeneratorScale EffectiveScale =>
        Scale with { CommutersPerYear = Commuters ?? Scale.CommutersPerYear, Years = Years ?? Scale.Years };

    /// <summary>Every problem of the options at once, as one usage error; nothing is written before this passes.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (Scale is null)
        {
            problems.Add("no scale");
        }
        else
        {
            problems.AddRange(EffectiveScale.Problems().Select(p => $"scale {Scale.Name}: {p}"));
        }

        if (string.IsNullOrWhiteSpace(OutDirectory))
        {
            problems.Add("no output folder");
        }

        if (string.IsNullOrWhiteSpace(CatalogDirectory) || !Directory.Exists(CatalogDirectory))
        {
            problems.Add($"catalog folder not found: '{CatalogDirectory}'");
        }

        if (problems.Count > 0)
        {
            throw new EvaluationException(ErrorCategory.Usage, $"generate: {string.Join("; ", problems)}");
        }
    }
}
