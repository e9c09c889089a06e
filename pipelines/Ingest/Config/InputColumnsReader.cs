using System.Globalization;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Text;
using MasterPlanEval.Core.Yaml;

namespace MasterPlanEval.Ingest.Config;

/// <summary>
/// Reads how an input file names its columns: <c>inputs.&lt;dataset&gt;.columns: { &lt;contract column&gt;: &lt;file
/// column&gt; }</c> and a constant <c>inputs.&lt;dataset&gt;.year</c> for a file without a year column, so a file is
/// read as delivered instead of rewritten. What can be told without the file is checked here (config errors);
/// whether the file has the columns named is checked when it is opened.
/// </summary>
internal static class InputColumnsReader
{
    public static Dictionary<string, string>? Columns(string dataset, YamlMap input)
    {
        var columns = input.OptionalMap("columns");
        if (columns is null)
        {
            return null;
        }

        var known = InputColumns.Names(dataset);
        var mapped = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns.Keys)
        {
            if (!known.Contains(column))
            {
                var near = NearestName.Find(column, known);
                throw columns.Error(column, $"unknown column '{column}' for input '{dataset}' ({(near is null ? string.Empty : $"did you mean '{near}'? ")}its columns: {string.Join(", ", known)})");
            }

            var file = columns.OptionalString(column);
            if (string.IsNullOrWhiteSpace(file))
            {
                throw columns.Error(column, $"inputs.{dataset}.columns.{column} must name a column of the file");
            }

            if (mapped.FirstOrDefault(m => m.Value == file).Key is { } first)
            {
                throw columns.Error(column, $"file column '{file}' is mapped to both '{first}' and '{column}' of input '{dataset}': map each contract column to a column of its own");
            }

            mapped[column] = file;
        }

        // An unmapped contract column is read from the file column of its own name: if a mapping took that column
        // for another contract column, the one file column would feed two.
        var taken = mapped.FirstOrDefault(m => known.Contains(m.Value) && !mapped.ContainsKey(m.Value));
        if (taken.Key is not null)
        {
            throw columns.Error(taken.Key, $"file column '{taken.Value}' is mapped to '{taken.Key}' of input '{dataset}', but '{taken.Value}' is also a column of the contract, read from the file column of that name: map '{taken.Value}' to a column of its own");
        }

        return mapped;
    }

    public static int? Year(string dataset, YamlMap input, IReadOnlyDictionary<string, string>? columns)
    {
        if (!input.Has(InputColumns.Year))
        {
            return null;
        }

        if (!InputColumns.HasYear(dataset))
        {
            throw input.Error(InputColumns.Year, $"input '{dataset}' has no year column, so a constant year does not apply (its columns: {string.Join(", ", InputColumns.Names(dataset))})");
        }

        var text = input.OptionalString(InputColumns.Year);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !EvaluationYears.IsPlausible(year))
        {
            throw input.Error(InputColumns.Year, $"inputs.{dataset}.year must be a year from {EvaluationYears.First} to {EvaluationYears.Last} (the year of every row of a file without a year column), found '{text}'");
        }

        if (columns is not null && columns.TryGetValue(InputColumns.Year, out var file))
        {
            throw input.Error(InputColumns.Year, $"input '{dataset}' gives both a constant year {year} and the file column '{file}' for its year (columns.year): drop one of them");
        }

        return year;
    }
}
