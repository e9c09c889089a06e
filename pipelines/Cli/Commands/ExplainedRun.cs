using System.Text.Json;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// What <c>explain</c> needs of a run folder's manifest.json: that it is a run (not a validation), its
/// id and start, years, the files it wrote and its inputs. A folder without one, or with a damaged one, is an input error
/// naming the file: the run folder is what the user handed in.
/// </summary>
public sealed record ExplainedRun(
    string Folder, string RunId, string StartedUtc, IReadOnlyList<int> Years, IReadOnlySet<string> Outputs, IReadOnlyList<ExplainedInput> Inputs)
{
    public static ExplainedRun Read(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path))
        {
            throw new EvaluationException(ErrorCategory.Input, "not a run folder: it has no manifest.json", new SourceLocation(folder));
        }

        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = manifest.RootElement;
            var command = root.GetProperty("command").GetString();
            if (command != "run")
            {
                throw new EvaluationException(ErrorCategory.Input, $"not an evaluation run but a '{command}' folder: it has no scorecards", new SourceLocation(path));
            }

            return new ExplainedRun(
                folder,
                root.GetProperty("run_id").GetString() ?? string.Empty,
                root.GetProperty("started_utc").GetString() ?? string.Empty,
                root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList(),
                root.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("file").GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal),
                root.GetProperty("inputs").EnumerateArray().Select(i => new ExplainedInput(
                    i.GetProperty("role").GetString() ?? string.Empty,
                    i.GetProperty("path").GetString() ?? string.Empty,
                    i.GetProperty("sha256").GetString() ?? string.Empty)).ToList());
        }
        // A truncated file, a value of the wrong type or a missing property: the manifest is damaged.
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new EvaluationException(ErrorCategory.Input, $"damaged run manifest: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
    }
}

/// <summary>One input file of a run as its manifest names it.</summary>
public sealed record ExplainedInput(string Role, string Path, string Sha256);
