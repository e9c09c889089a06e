namespace MasterPlanEval.Core.Facts;

/// <summary>A column of a fact table: numbers or texts, one value per row.</summary>
public abstract record FactColumn(string Name)
{
    public abstract int Length { get; }
}

/// <summary>A column of doubles (counts, areas, minutes, 0/1 flags); NaN stands for a missing value (SQL NULL).</summary>
public sealed record NumberColumn(string Name, double[] Values) : FactColumn(Name)
{
    public override int Length => Values.Length;
}

/// <summary>A column of texts (ids, categories); null is SQL NULL.</summary>
public sealed record TextColumn(string Name, string?[] Values) : FactColumn(Name)
{
    public override int Length => Values.Length;
}

/// <summary>
/// A column of whole numbers (sub-district numbers, integer cell ids), loaded as BIGINT so that joins and
/// groupings on it run on integers; null is SQL NULL.
/// </summary>
public sealed record IntegerColumn(string Name, long?[] Values) : FactColumn(Name)
{
    public override int Length => Values.Length;
}
