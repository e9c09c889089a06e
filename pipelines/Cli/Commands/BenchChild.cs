using System.Diagnostics;
using System.Text.Json;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// One evaluation in a fresh process of this same build, as the issue's bars count them: timed from outside
/// (start-up and JIT included), its stages and peak memory read from the manifest it writes.
/// </summary>
public static class BenchChild
{
    private const string ScorecardsLine = "scorecards: ";

    // What run.ps1 sets (see its comments): hot methods optimised without waiting, and only the hot ones.
    private static readonly (string Name, string Value)[] RunScriptTiering =
        [("DOTNET_TC_CallCountingDelayMs", "0"), ("DOTNET_TC_CallCountThreshold", "1000")];

    public static async Task<BenchRun> RunAsync(string config, string outDirectory, string label, CancellationToken cancellationToken)
    {
        var start = StartInfo(["run", "--config", config, "--out", outDirectory]);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{label}: could not start {start.FileName}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var wall = Math.Round(watch.Elapsed.TotalSeconds, 3);
        var (stdout, stderr) = (await output, await error);
        if (process.ExitCode != 0)
        {
            Fail(label, process.ExitCode, stderr);
        }

        // The run prints its folder last; a new folder per run, so runs of one bench never mix.
        var folder = stdout.Split('\n').Last(l => l.StartsWith(ScorecardsLine, StringComparison.Ordinal))[ScorecardsLine.Length..].TrimEnd('\r');
        var manifest = JsonSerializer.Deserialize<ManifestFigures>(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), cancellationToken), ManifestJson.Options)
            ?? throw new InvalidOperationException($"{label}: {folder}/manifest.json is empty");
        return new BenchRun(wall, manifest.ProcessPeakMib, manifest.EngineVersion, folder, manifest.Stages);
    }

    /// <summary>
    /// This build started again: the apphost when that is what runs, else <c>dotnet masterplaneval.dll</c> (through the
    /// host running now when it is dotnet), tiered as run.ps1 has it (<see cref="RunScriptTiering"/>) unless the caller
    /// set those variables.
    /// </summary>
    public static ProcessStartInfo StartInfo(IReadOnlyList<string> args)
    {
        var program = typeof(BenchChild).Assembly.Location;
        var host = Environment.ProcessPath;
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (host is not null && (program.Length == 0 || Path.GetFileNameWithoutExtension(host) == Path.GetFileNameWithoutExtension(program)))
        {
            start.FileName = host;
        }
        else
        {
            start.FileName = host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
            start.ArgumentList.Add(program);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in RunScriptTiering)
        {
            if (Environment.GetEnvironmentVariable(name) is null)
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    // The run's own one-line error, with its exit code when it is a user's error; anything else stays unexpected.
    private static void Fail(string label, int exitCode, string stderr)
    {
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "no error message";
        var message = $"{label}: {(line.StartsWith("error: ", StringComparison.Ordinal) ? line["error: ".Length..] : line)}";
        if (Enum.IsDefined((ErrorCategory)exitCode))
        {
            throw new EvaluationException((ErrorCategory)exitCode, message);
        }

        throw new InvalidOperationException($"{message} (exit {exitCode})");
    }

    // What bench reads of a manifest; the rest (inputs, counts, outputs) is the run's business.
    private sealed record ManifestFigures(string EngineVersion, IReadOnlyList<StageTime> Stages, long ProcessPeakMib);
}
