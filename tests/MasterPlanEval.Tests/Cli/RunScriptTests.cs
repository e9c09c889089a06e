using System.Diagnostics;
using System.Runtime.Versioning;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// run.ps1 builds only when a build input changed: the real script, run by the repository's PowerShell tool, in a
/// folder shaped like the repository, with a stand-in <c>dotnet</c> first on its PATH that logs what it is asked to
/// do and publishes a stand-in program that logs how it was started. (Shell scripts: the CI is Linux.)
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class RunScriptTests
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    // What the stand-in logs: a publish, and the published program run.
    private const string Publish = "publish";
    private const string Run = "run pipelines/Cli/bin/Release/net10.0/publish/masterplaneval catalog list";

    [Fact]
    public async Task It_builds_once_then_only_after_a_source_is_edited_or_deleted_and_never_stamps_a_failed_build()
    {
        using var temp = new TempDirectory();
        var root = Repository(temp.Path);
        var log = Path.Combine(temp.Path, "dotnet.log");

        Assert.Equal([Publish, Run], await RunAsync(root, log, 0));
        Assert.Equal([Run], await RunAsync(root, log, 0));

        File.SetLastWriteTimeUtc(Path.Combine(root, "pipelines", "Core", "Cell.cs"), DateTime.UtcNow);
        Assert.Equal([Publish, Run], await RunAsync(root, log, 0));

        // What the build writes is no input: bin/ and obj/ change on every build.
        await File.WriteAllTextAsync(Path.Combine(root, "pipelines", "Core", "obj", "Generated.cs"), "// generated");
        await File.WriteAllTextAsync(Path.Combine(root, "pipelines", "Core", "bin", "Copied.cs"), "// copied");
        Assert.Equal([Run], await RunAsync(root, log, 0));

        // A deleted source moves no remaining file's time; the list of inputs tells.
        File.Delete(Path.Combine(root, "indicators", "Formula.cs"));
        Assert.Equal([Publish, Run], await RunAsync(root, log, 0));

        File.SetLastWriteTimeUtc(Path.Combine(root, "Directory.Build.props"), DateTime.UtcNow);
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "fail-build"), "");
        Assert.Equal([Publish], await RunAsync(root, log, 1));
        File.Delete(Path.Combine(temp.Path, "fail-build"));
        Assert.Equal([Publish, Run], await RunAsync(root, log, 0));
    }

    // The files run.ps1 reads, all last written an hour ago, and no git repository: there is no commit to compare.
    private static string Repository(string temp)
    {
        var root = Path.Combine(temp, "repo");
        foreach (var file in new[] { "global.json", "Directory.Build.props", "pipelines/Cli/MasterPlanEval.Cli.csproj", "pipelines/Cli/Program.cs", "pipelines/Core/Cell.cs", "indicators/Formula.cs", "pipelines/Core/bin/Old.dll", "pipelines/Core/obj/project.assets.json" })
        {
            var path = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }

        File.Copy(Path.Combine(RepoPaths.Root, "run.ps1"), Path.Combine(root, "run.ps1"));
        // Stands in for dotnet: `publish` writes the program where run.ps1 asked (or fails while fail-build exists); the
        // program logs the path it was started from and its arguments.
        var fake = Path.Combine(temp, "bin", "dotnet");
        Directory.CreateDirectory(Path.GetDirectoryName(fake)!);
        File.WriteAllText(fake, $$"""
            #!/bin/sh
            if [ "$1" = publish ]; then
              echo publish >> "{{temp}}/dotnet.log"
              if [ -e "{{temp}}/fail-build" ]; then echo "Program.cs(1,1): error CS1002: ; expected"; exit 1; fi
              while [ "$1" != --output ]; do shift; done
              mkdir -p "$2"
              printf '#!/bin/sh\necho "run ${0#{{root}}/} $*" >> "{{temp}}/dotnet.log"\n' > "$2/masterplaneval"
              chmod +x "$2/masterplaneval"
              exit 0
            fi
            echo "dotnet was asked to run: $*" >> "{{temp}}/dotnet.log"
            """.Replace("\r", "", StringComparison.Ordinal));
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entry.LastWriteTimeUtc = LongAgo;
        }

        return root;
    }

    // One call of `dotnet pwsh -NoProfile -File run.ps1 catalog list`; returns what the stand-in logged during it.
    private static async Task<IReadOnlyList<string>> RunAsync(string root, string log, int exitCode)
    {
        var before = File.Exists(log) ? File.ReadAllLines(log).Length : 0;
        var start = new ProcessStartInfo(RealDotnet())
        {
            // The repository's tool manifest (.config/dotnet-tools.json) names the PowerShell that runs the script.
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "pwsh", "-NoProfile", "-File", Path.Combine(root, "run.ps1"), "catalog", "list" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = $"{Path.Combine(Path.GetDirectoryName(root)!, "bin")}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == exitCode, $"exit {process.ExitCode}: {await output}{await error}");
        if (exitCode != 0)
        {
            // A failed build shows what the compiler said.
            Assert.Contains("error CS1002", await output, StringComparison.Ordinal);
        }

        return File.Exists(log) ? File.ReadAllLines(log).Skip(before).ToList() : [];
    }

    private static string RealDotnet() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "dotnet"))
            .First(File.Exists);
}
