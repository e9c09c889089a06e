namespace MasterPlanEval.Generator;

/// <summary>One generated file, by name inside the output folder; <see cref="Rows"/> is 0 for the YAML files.</summary>
public sealed record GeneratedFile(string Name, long Rows, long Bytes);
