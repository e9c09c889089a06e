using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MasterPlanEval.Cli.Commands;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// The JSON form of manifests: snake_case, indented, Chinese kept readable. The manifest's and the bench report's
/// serializers are generated at build time (<see cref="ManifestJsonContext"/>): built by reflection, they cost a run
/// some 300 methods JIT-compiled as it wrote its manifest. Other types still go through reflection.
/// </summary>
public static class ManifestJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ManifestJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(RunManifest))]
[JsonSerializable(typeof(BenchReport))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
