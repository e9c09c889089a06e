using YamlDotNet.RepresentationModel;

namespace MasterPlanEval.Core.Yaml;

/// <summary>
/// Which keys a loader asked for on each mapping of one document, present or not. A key that is in the
/// file but was never asked for is one the loader does not know: a typo (<c>zone:</c> for <c>zones:</c>)
/// that would otherwise be dropped without a word. Keyed by node identity: a mapping is one place in the file.
/// </summary>
internal sealed class AskedKeys
{
    private readonly Dictionary<YamlMappingNode, List<string>> _asked = new(ReferenceEqualityComparer.Instance);

    public void Ask(YamlMappingNode node, string key)
    {
        if (!_asked.TryGetValue(node, out var keys))
        {
            _asked[node] = keys = [];
        }

        if (!keys.Contains(key, StringComparer.Ordinal))
        {
            keys.Add(key);
        }
    }

    /// <summary>The keys asked for on a mapping, in the order asked; none for a mapping no loader read.</summary>
    public IReadOnlyList<string> Of(YamlMappingNode node) => _asked.TryGetValue(node, out var keys) ? keys : [];
}
