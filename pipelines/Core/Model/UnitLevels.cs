namespace MasterPlanEval.Core.Model;

/// <summary>Text forms of <see cref="UnitLevel"/> as they appear in data and outputs.</summary>
public static class UnitLevels
{
    public static IReadOnlyList<UnitLevel> All { get; } = [UnitLevel.City, UnitLevel.Zone, UnitLevel.District, UnitLevel.Subdistrict];

    public static string ToText(this UnitLevel level) => level switch
    {
        UnitLevel.City => "city",
        UnitLevel.Zone => "zone",
        UnitLevel.District => "district",
        UnitLevel.Subdistrict => "subdistrict",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static UnitLevel Parse(string text) =>
        TryParse(text, out var level) ? level : throw new ArgumentException($"unknown unit level '{text}'", nameof(text));

    public static bool TryParse(string? text, out UnitLevel level)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToText(), text, StringComparison.Ordinal))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }
}
