using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Generator;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Generator;

/// <summary>The tiny synthetic city, generated once and run once through the whole pipeline, shared by the generator tests.</summary>
public sealed class TinyCity : IAsyncLifetime
{
    public const int Seed = 7;

    private readonly TempDirectory _folder = new();

    public GeneratedCity City { get; private set; } = null!;

    public RunResult Run { get; private set; } = null!;

    public string PathOf(string file) => Path.Combine(City.Directory, file);

    public static GeneratorOptions Options(string outDirectory, int seed = Seed, long? commuters = null) =>
        new(GeneratorScales.Tiny, seed, outDirectory, RepoPaths.Catalog, commuters);

    public async Task InitializeAsync()
    {
        City = await CityGenerator.GenerateAsync(Options(Path.Combine(_folder.Path, "city")), null, CancellationToken.None);
        Run = await Pipeline.RunAsync(City.ConfigPath, Path.Combine(_folder.Path, "out"));
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
