#!/usr/bin/env pwsh
# Runs MasterPlanEval. With no arguments: an annual evaluation of the bundled sample city.
#   ./run.ps1                                   sample run (data-samples/beijing-core)
#   ./run.ps1 run --config FILE [--year Y ...] [--out DIR] [--engine duckdb]
#   ./run.ps1 validate --config FILE [--out DIR]
#   ./run.ps1 catalog list | catalog show ID
# Publishes in Release, ReadyToRun for this machine's runtime identifier, when a build input changed since the last
# publish it made; otherwise it runs the published program at once: `dotnet publish` costs seconds even when it finds
# nothing to do. A commit that changes no source does not rebuild: the program computes the same, and its evaluation
# id keeps naming the commit it was built from.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$project = [IO.Path]::Combine($root, 'pipelines', 'Cli', 'MasterPlanEval.Cli.csproj')
# Not the build's own folder (bin/Release/net10.0/<rid>/): a fixed path, so checking it needs no runtime identifier.
$publish = [IO.Path]::Combine($root, 'pipelines', 'Cli', 'bin', 'Release', 'net10.0', 'publish')
# The published program carries its own runtime (see the project file), so it is started as itself, not by dotnet.
$program = [IO.Path]::Combine($publish, $(if ($IsWindows) { 'masterplaneval.exe' } else { 'masterplaneval' }))
# In obj/, which git ignores.
$stamp = [IO.Path]::Combine($root, 'pipelines', 'Cli', 'obj', 'run.ps1.built')

# @() keeps one argument an array: assigned from an if-block, a one-element $args unrolls into a plain string,
# and splatting a string passes its characters ('run.ps1 help' ran the command 'h').
$cliArgs = @($args)
if ($cliArgs.Count -eq 0) {
    $cliArgs = @('run', '--config', [IO.Path]::Combine($root, 'data-samples', 'beijing-core', 'evaluation.yaml'), '--out', [IO.Path]::Combine($root, 'out'))
}

# What `dotnet build` reads: sources and project files under the project folders (bin/ and obj/ are what it
# writes) and the root's build settings. Their names, one a line, tell a deleted or renamed source; times tell edits.
function Get-BuildInputs {
    $newest = [DateTime]::MinValue
    $names = [Collections.Generic.List[string]]::new()
    foreach ($name in 'global.json', 'Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props', 'NuGet.config', '.editorconfig') {
        $file = [IO.FileInfo]::new([IO.Path]::Combine($root, $name))
        if ($file.Exists) {
            $names.Add($name)
            if ($file.LastWriteTimeUtc -gt $newest) { $newest = $file.LastWriteTimeUtc }
        }
    }

    $pending = [Collections.Generic.Stack[IO.DirectoryInfo]]::new()
    foreach ($folder in 'pipelines', 'indicators') { $pending.Push([IO.DirectoryInfo]::new([IO.Path]::Combine($root, $folder))) }
    while ($pending.Count -gt 0) {
        foreach ($entry in $pending.Pop().EnumerateFileSystemInfos()) {
            if ($entry -is [IO.DirectoryInfo]) {
                if ($entry.Name -ne 'bin' -and $entry.Name -ne 'obj') { $pending.Push($entry) }
            }
            elseif ($entry.Extension -in '.cs', '.csproj', '.props', '.targets') {
                $names.Add([IO.Path]::GetRelativePath($root, $entry.FullName))
                if ($entry.LastWriteTimeUtc -gt $newest) { $newest = $entry.LastWriteTimeUtc }
            }
        }
    }

    $names.Sort([StringComparer]::Ordinal)
    [pscustomobject]@{ Newest = $newest; Names = ($names -join "`n") + "`n" }
}

# The stamp holds the input names of the last successful build; its time is when that build started.
function Test-BuildCurrent($inputs) {
    $built = [IO.FileInfo]::new($stamp)
    [IO.File]::Exists($program) -and $built.Exists -and $inputs.Newest -lt $built.LastWriteTimeUtc -and
        [IO.File]::ReadAllText($stamp) -ceq $inputs.Names
}

$inputs = Get-BuildInputs
if (-not (Test-BuildCurrent $inputs)) {
    # Written before the build and renamed after it succeeds (a rename keeps the time): a source saved while it runs
    # is newer, so the next call builds again. The file system sets both times, with the same clock and granularity.
    $pending = "$stamp.pending"
    [void][IO.Directory]::CreateDirectory([IO.Path]::GetDirectoryName($stamp))
    [IO.File]::WriteAllText($pending, $inputs.Names)
    # --use-current-runtime: the SDK names the machine's runtime identifier, which a self-contained, precompiled
    # publish needs (the project asks for both).
    $build = & dotnet publish $project --configuration Release --use-current-runtime --output $publish --nologo --verbosity quiet 2>&1
    if ($LASTEXITCODE -ne 0) {
        [IO.File]::Delete($pending)
        $build | Out-Host
        exit $LASTEXITCODE
    }
    [IO.File]::Move($pending, $stamp, $true)
}

# The runtime waits for 100 ms without new JIT work before promoting hot methods to optimised code; a run keeps
# JIT-compiling new code for seconds, so the spatial loops ran unoptimised for most of a Beijing-scale run
# (measured: cells → sub-districts 1.7 → 1.0 s, the whole 20 M-commuter run about 1 s faster; the sample 0.3 s slower).
# Measured with the JIT-compiled build; with ReadyToRun it neither helps nor hurts (30.2 against 30.0 CPU-s, median of 6).
if (-not $env:DOTNET_TC_CallCountingDelayMs) { $env:DOTNET_TC_CallCountingDelayMs = '0' }
# With everything precompiled, promoting every method called 30 times (the default) recompiled some 3,500 methods on
# a background thread that competes with the run's own on two cores; at 1,000 calls only the hot ones are: the
# benchmark run 18.1-18.9 against 18.4-21.8 CPU-s, ingest 1.07-1.23 against 1.32-1.76 s (3 runs each in turn).
if (-not $env:DOTNET_TC_CallCountThreshold) { $env:DOTNET_TC_CallCountThreshold = '1000' }

& $program @cliArgs
exit $LASTEXITCODE
