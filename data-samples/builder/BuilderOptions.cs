namespace MasterPlanEval.SampleBuilder;

/// <summary>Command-line options: where the real data is and where data-samples is. Both are required.</summary>
public sealed record BuilderOptions(string RealDirectory, string OutDirectory)
{
    public const string Usage = "usage: dotnet run --project data-samples/builder -- --real ../shared/data-real --out data-samples";

    /// <summary>Parses the arguments, reporting every problem at once.</summary>
    public static (BuilderOptions? Options, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> args)
    {
        var errors = new List<string>();
        string? real = null;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--real" when value is not null:
                    real = value;
                    i++;
                    break;
                case "--out" when value is not null:
                    output = value;
                    i++;
                    break;
                default:
                    errors.Add($"unknown or incomplete option '{args[i]}'");
                    break;
            }
        }

        if (real is null)
        {
            errors.Add("--real DIR is required (the data-real folder)");
        }
        else if (!Directory.Exists(real))
        {
            errors.Add($"--real {real}: no such folder");
        }

        if (output is null)
        {
            errors.Add("--out DIR is required (the data-samples folder)");
        }

        return errors.Count > 0 ? (null, errors) : (new BuilderOptions(Path.GetFullPath(real!), Path.GetFullPath(output!)), errors);
    }
}
