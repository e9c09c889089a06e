using System.Globalization;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Yaml;

namespace MasterPlanEval.Ingest.Config;

/// <summary>
/// Reads <c>years:</c> of evaluation.yaml: a non-empty list of whole years in 1949–2100, each once. A
/// repeated year used to reach the engine and fail there as an internal error; it is a config line now.
/// </summary>
internal static class YearsReader
{
    public static List<int> Read(YamlMap yaml)
    {
        if (!yaml.Has("years"))
        {
            throw yaml.MissingKey("years");
        }

        var items = yaml.Items("years");
        if (items.Count == 0)
        {
            throw yaml.Error("years", "name at least one year to evaluate");
        }

        var years = new List<int>();
        foreach (var item in items)
        {
            if (!int.TryParse(item.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw yaml.Error(item, $"'{item.Text}' is not a year (a whole number such as 2024)");
            }

            if (!EvaluationYears.IsPlausible(year))
            {
                throw yaml.Error(item, $"year {year} is outside {EvaluationYears.First}–{EvaluationYears.Last}");
            }

            if (years.Contains(year))
            {
                throw yaml.Error(item, $"year {year} is listed twice");
            }

            years.Add(year);
        }

        return years;
    }
}
