using MasterPlanEval.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MasterPlanEval.Core.Yaml;

/// <summary>
/// Reads a YAML file into a mapping, turning every shape problem into a one-line error that names
/// the file, the line and the key. Used for configs, catalog entries and targets alike.
/// </summary>
public sealed class YamlDocument
{
    private YamlDocument(string file, YamlMappingNode root, ErrorCategory category)
    {
        File = file;
        Root = new YamlMap(this, root, string.Empty);
        Category = category;
    }

    public string File { get; }

    public YamlMap Root { get; }

    public ErrorCategory Category { get; }

    public static YamlDocument Load(string path, ErrorCategory category)
    {
        if (InputPath.Problem(path) is { } problem)
        {
            throw new EvaluationException(category, problem == "not found" ? "file not found" : $"the file {problem}", new SourceLocation(path));
        }

        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new EvaluationException(category, "expected a YAML mapping at the top", new SourceLocation(path));
            }

            return new YamlDocument(path, root, category);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read that fails here is the input's fault, never an output error.
            throw new EvaluationException(category, $"cannot be read: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
        catch (YamlException ex)
        {
            throw new EvaluationException(category, $"invalid YAML: {ex.Message.Split('\n')[0]}", new SourceLocation(path, $"line {ex.Start.Line}"));
        }
    }

    internal EvaluationException Error(YamlNode node, string key, string message) =>
        new(Category, message, new SourceLocation(File, $"line {node.Start.Line}", key));
}
