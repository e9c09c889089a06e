using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Text;
using YamlDotNet.RepresentationModel;

namespace MasterPlanEval.Core.Yaml;

/// <summary>
/// Finds the first key, in file order, that is present but was never asked for, and says which asked key
/// of the same mapping it is probably a misspelling of. A mapping no loader visited has no known keys: its
/// parent key was asked for only as a value, or not at all (then the parent is reported first).
/// </summary>
internal static class UnknownKeyCheck
{
    public static EvaluationException? First(YamlDocument document, YamlNode root, AskedKeys asked) =>
        Walk(document, root, string.Empty, asked, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));

    private static EvaluationException? Walk(YamlDocument document, YamlNode node, string path, AskedKeys asked, HashSet<YamlNode> seen)
    {
        // An alias makes the same node appear twice; walking it once also keeps a chain of aliases linear.
        if (!seen.Add(node))
        {
            return null;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var known = asked.Of(mapping);
                foreach (var (keyNode, value) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        return document.Error(keyNode, path, "a key must be a single value");
                    }

                    var name = path.Length == 0 ? key : $"{path}.{key}";
                    if (!known.Contains(key, StringComparer.Ordinal))
                    {
                        return document.Error(keyNode, name, $"unknown key '{key}'{Hint(key, known)}");
                    }

                    if (Walk(document, value, name, asked, seen) is { } error)
                    {
                        return error;
                    }
                }

                return null;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Walk(document, sequence.Children[i], $"{path}[{i}]", asked, seen) is { } error)
                    {
                        return error;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string Hint(string key, IReadOnlyList<string> known) => NearestName.Find(key, known) switch
    {
        { } nearest => $" (did you mean '{nearest}'?)",
        null when known.Count > 0 => $" (known here: {string.Join(", ", known)})",
        null => string.Empty,
    };
}
