using System.Globalization;
using MasterPlanEval.Core.Config;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// A parsed command line: the command words, then <c>--name value</c> options (repeatable; a value may be
/// comma-separated), flags without a value (<see cref="FlagNames"/>) and positional words. Problems are
/// collected, not thrown, so all are shown at once.
/// </summary>
public sealed class CommandLine
{
    /// <summary>Options that take no value: a word after one is the next argument, not its value.</summary>
    public static IReadOnlySet<string> FlagNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "fail-on-rejects" };

    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                if (FlagNames.Contains(name))
                {
                    _flags.Add(name);
                    continue;
                }

                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    _problems.Add($"option --{name} needs a value");
                    continue;
                }

                if (!_options.TryGetValue(name, out var values))
                {
                    _options[name] = values = [];
                }

                values.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else
            {
                _positional.Add(args[i]);
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public IReadOnlyList<string> Problems => _problems;

    public string? Single(string name)
    {
        var values = Many(name);
        if (values.Count > 1)
        {
            _problems.Add($"option --{name} takes one value, found {values.Count}");
        }

        return values.Count == 0 ? null : values[0];
    }

    public string Required(string name)
    {
        var value = Single(name);
        if (value is null)
        {
            _problems.Add($"option --{name} is required");
        }

        return value ?? string.Empty;
    }

    /// <summary>Whether a flag was given.</summary>
    public bool Flag(string name)
    {
        _used.Add(name);
        return _flags.Contains(name);
    }

    public IReadOnlyList<string> Many(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    public IReadOnlyList<int> Years()
    {
        var years = new List<int>();
        foreach (var text in Many("year"))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !EvaluationYears.IsPlausible(year))
            {
                _problems.Add($"--year '{text}' is not a year in {EvaluationYears.First}–{EvaluationYears.Last}");
            }
            else if (years.Contains(year))
            {
                _problems.Add($"--year {year} is given twice");
            }
            else
            {
                years.Add(year);
            }
        }

        return years;
    }

    public void AddProblem(string problem) => _problems.Add(problem);

    /// <summary>
    /// Adds a problem for every option the command did not ask for, and for every word after the command's
    /// own <paramref name="words"/> (such as <c>catalog show ID</c>): an ignored word is a silent typo.
    /// </summary>
    public void RejectUnknown(int words)
    {
        foreach (var name in _options.Keys.Concat(_flags).Where(n => !_used.Contains(n)))
        {
            _problems.Add($"unknown option --{name}");
        }

        foreach (var word in _positional.Skip(words))
        {
            _problems.Add($"unexpected word '{word}'");
        }
    }
}
