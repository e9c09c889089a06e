#!/usr/bin/env pwsh
# Runs MasterPlanEval. With no arguments: an annual evaluation of the bundled sample city.
#   ./run.ps1                                   sample run (data-samples/beijing-core)
#   ./run.ps1 run --config FILE [--year Y ...] [--out DIR] [--engine duckdb]
#   ./run.ps1 validate --config FILE [--out DIR]
#   ./run.ps1 catalog list | catalog show ID
# Builds in Release once; later calls reuse the build unless sources changed (dotnet build is incremental).
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$project = Join-Path $root 'pipelines/Cli/MasterPlanEval.Cli.csproj'
$cliArgs = if ($args.Count -gt 0) { $args } else {
    @('run', '--config', (Join-Path $root 'data-samples/beijing-core/evaluation.yaml'), '--out', (Join-Path $root 'out'))
}

$build = dotnet build $project --configuration Release --nologo --verbosity quiet 2>&1
if ($LASTEXITCODE -ne 0) { $build | Out-Host; exit $LASTEXITCODE }

$dll = Join-Path $root 'pipelines/Cli/bin/Release/net10.0/masterplaneval.dll'
& dotnet $dll @cliArgs
exit $LASTEXITCODE
