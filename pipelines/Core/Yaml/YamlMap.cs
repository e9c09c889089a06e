using System.Globalization;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Text;
using YamlDotNet.RepresentationModel;

namespace MasterPlanEval.Core.Yaml;

/// <summary>
/// A YAML mapping with typed, checked accessors; <see cref="Path"/> names it in errors. Every accessor
/// records the key it was asked for (found or not), so the document can tell known keys from typos.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlDocument _document;
    private readonly YamlMappingNode _node;

    internal YamlMap(YamlDocument document, YamlMappingNode node, string path)
    {
        _document = document;
        _node = node;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The keys present, in file order. Listing them does not make them known: read each one.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);

    public bool Has(string key) => Find(key) is not null;

    public string String(string key) =>
        OptionalString(key) ?? throw MissingKey(key);

    public string? OptionalString(string key) => Find(key) switch
    {
        null => null,
        YamlScalarNode { Value: var v } when !string.IsNullOrEmpty(v) && v != "~" && v != "null" => v,
        YamlScalarNode => null,
        var other => throw _document.Error(other, Name(key), $"'{Name(key)}' must be a single value"),
    };

    public double Number(string key) =>
        OptionalNumber(key) ?? throw MissingKey(key);

    public double? OptionalNumber(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw _document.Error(Find(key)!, Name(key), $"'{Name(key)}' must be a number, found '{text}'");
    }

    public int Integer(string key)
    {
        var value = Number(key);
        return value == Math.Floor(value) && Math.Abs(value) < int.MaxValue
            ? (int)value
            : throw _document.Error(Find(key)!, Name(key), $"'{Name(key)}' must be a whole number");
    }

    public bool Boolean(string key) => String(key) switch
    {
        "true" => true,
        "false" => false,
        var other => throw _document.Error(Find(key)!, Name(key), $"'{Name(key)}' must be true or false, found '{other}'"),
    };

    public YamlMap Map(string key) =>
        OptionalMap(key) ?? throw MissingKey(key);

    public YamlMap? OptionalMap(string key) => Find(key) switch
    {
        null => null,
        YamlMappingNode m => new YamlMap(_document, m, Name(key)),
        var other => throw _document.Error(other, Name(key), $"'{Name(key)}' must be a mapping"),
    };

    public IReadOnlyList<YamlMap> Maps(string key) => Find(key) switch
    {
        null => [],
        YamlSequenceNode s => s.Children.Select((child, i) => child is YamlMappingNode m
            ? new YamlMap(_document, m, $"{Name(key)}[{i}]")
            : throw _document.Error(child, $"{Name(key)}[{i}]", $"'{Name(key)}[{i}]' must be a mapping")).ToList(),
        var other => throw _document.Error(other, Name(key), $"'{Name(key)}' must be a list"),
    };

    public IReadOnlyList<string> Strings(string key) => Items(key).Select(i => i.Text).ToList();

    /// <summary>A list of single values with their lines, for checks that name the offending item.</summary>
    public IReadOnlyList<YamlItem> Items(string key) => Find(key) switch
    {
        null => [],
        YamlSequenceNode s => s.Children.Select((child, i) => child is YamlScalarNode { Value: { } v }
            ? new YamlItem(v, $"{Name(key)}[{i}]", child.Start.Line)
            : throw _document.Error(child, $"{Name(key)}[{i}]", $"'{Name(key)}[{i}]' must be a single value")).ToList(),
        var other => throw _document.Error(other, Name(key), $"'{Name(key)}' must be a list"),
    };

    public LocalizedName Localized(string key)
    {
        var map = Map(key);
        return new LocalizedName(map.String("zh"), map.String("en"));
    }

    /// <summary>Every scalar value of this mapping as text, keyed by its key; every key counts as read.</summary>
    public IReadOnlyDictionary<string, string> Scalars() =>
        Keys.ToDictionary(k => k, k => OptionalString(k) ?? string.Empty, StringComparer.Ordinal);

    public Exception Error(string key, string message) => _document.Error(Find(key) ?? _node, Name(key), message);

    public Exception Error(YamlItem item, string message) =>
        new EvaluationException(_document.Category, message, new SourceLocation(_document.File, $"line {item.Line}", item.Name));

    /// <summary>A required key is absent; a present key that nobody asked for and is spelt close to it is named.</summary>
    public Exception MissingKey(string key)
    {
        var unread = _node.Children.Keys.OfType<YamlScalarNode>()
            .Where(k => k.Value is not null && k.Value != key && !_document.Asked.Of(_node).Contains(k.Value, StringComparer.Ordinal))
            .ToList();
        var near = NearestName.Find(key, unread.Select(k => k.Value!));
        var hint = near is null ? string.Empty : $" (found '{near}' on line {unread.First(k => k.Value == near).Start.Line}: a typo?)";
        return _document.Error(_node, Name(key), $"missing required key '{Name(key)}'{hint}");
    }

    private YamlNode? Find(string key)
    {
        _document.Asked.Ask(_node, key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private string Name(string key) => Path.Length == 0 ? key : $"{Path}.{key}";
}
