namespace MasterPlanEval.Generator;

/// <summary>
/// What the generator wrote into <see cref="Directory"/>: the config to run, rows per dataset (keys as
/// under <c>inputs:</c> in the config), every file with its rows and size, and the time of each step.
/// </summary>
public sealed record GeneratedCity(
    string Directory,
    string ConfigPath,
    GeneratorScale Scale,
    int Seed,
    IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<GeneratorStep> Steps)
{
    public TimeSpan Elapsed => TimeSpan.FromTicks(Steps.Sum(s => s.Elapsed.Ticks));

    public long Bytes => Files.Sum(f => f.Bytes);
}
