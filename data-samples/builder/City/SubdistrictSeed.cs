namespace MasterPlanEval.SampleBuilder.City;

/// <summary>A sub-district's Chinese name, its pinyin and the WGS84 seed of its Voronoi cell.</summary>
public sealed record SubdistrictSeed(string NameZh, string Pinyin, double Lon, double Lat)
{
    public string NameEn => $"{Pinyin} Subdistrict";
}
