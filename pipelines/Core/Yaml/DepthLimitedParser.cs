using MasterPlanEval.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MasterPlanEval.Core.Yaml;

/// <summary>
/// Passes a YAML parser's events through, counting how deeply mappings and sequences nest, and stops at
/// <see cref="MaxDepth"/>. YamlDotNet's representation model recurses once per level, so 50,000 nested
/// brackets overflowed the stack and killed the process; checked here, the model never goes deeper than
/// the limit. No config, catalog or target file needs more than a handful of levels.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, string file, ErrorCategory category) : IParser
{
    public const int MaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new EvaluationException(
                    category,
                    $"YAML nested deeper than {MaxDepth} levels of mappings and lists",
                    new SourceLocation(file, $"line {inner.Current.Start.Line}"));
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
