using MasterPlanEval.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MasterPlanEval.Core.Yaml;

/// <summary>
/// Reads a YAML file into a mapping, turning every shape problem into a one-line error that names
/// the file, the line and the key. Used for configs, catalog entries and targets alike. Every key a
/// loader reads is recorded; <see cref="ThrowOnUnknownKeys"/> then reports any key nobody asked for.
/// </summary>
public sealed class YamlDocument
{
    private readonly YamlMappingNode _root;

    private YamlDocument(string file, YamlMappingNode root, ErrorCategory category)
    {
        File = file;
        Category = category;
        _root = root;
        Root = new YamlMap(this, root, string.Empty);
    }

    public string File { get; }

    public YamlMap Root { get; }

    public ErrorCategory Category { get; }

    internal AskedKeys Asked { get; } = new();

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
            stream.Load(new DepthLimitedParser(new Parser(reader), path, category));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new EvaluationException(category, "expected a YAML mapping at the top", new SourceLocation(path));
            }

            // A second document after '---' would be ignored whole: as silent as an unknown key.
            if (stream.Documents.Count > 1)
            {
                throw new EvaluationException(category, $"expected one YAML document, found {stream.Documents.Count}", new SourceLocation(path, $"line {stream.Documents[1].RootNode.Start.Line}"));
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

    /// <summary>
    /// Call after the loader has read everything it needs: the first key in the file that no accessor asked
    /// for is an error naming its line, with the closest asked key of the same mapping as a suggestion.
    /// </summary>
    public void ThrowOnUnknownKeys()
    {
        if (UnknownKeyCheck.First(this, _root, Asked) is { } error)
        {
            throw error;
        }
    }

    internal EvaluationException Error(YamlNode node, string key, string message) =>
        new(Category, message, new SourceLocation(File, $"line {node.Start.Line}", key.Length == 0 ? null : key));
}
