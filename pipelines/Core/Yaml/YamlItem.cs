namespace MasterPlanEval.Core.Yaml;

/// <summary>One scalar of a YAML list with where it stands, so a check of single items can name their line.</summary>
public sealed record YamlItem(string Text, string Name, long Line);
