namespace MasterPlanEval.Core.Model;

/// <summary>A name shown to users, in Chinese and English.</summary>
public sealed record LocalizedName(string Zh, string En);
