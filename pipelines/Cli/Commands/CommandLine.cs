namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// A parsed command line: the command words, then <c>--name value</c> options (repeatable; a value may be
/// comma-separated) and positional words. Problems are collected, not thrown, so all are shown at once.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
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
            if (int.TryParse(text, out var year) && year is >= 1949 and <= 2100)
            {
                years.Add(year);
            }
            else
            {
                _problems.Add($"--year '{text}' is not a year");
            }
        }

        return years;
    }

    public void AddProblem(string problem) => _problems.Add(problem);

    /// <summary>Adds a problem for every option the command did not ask for.</summary>
    public void RejectUnknownOptions()
    {
        foreach (var name in _options.Keys.Where(n => !_used.Contains(n)))
        {
            _problems.Add($"unknown option --{name}");
        }
    }
}
