using MasterPlanEval.SampleBuilder.Geo;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.City;

/// <summary>
/// Rough boxes (WGS84, our own approximate placement) around well-known places of the core: lakes, parks,
/// the Palace Museum, Tiananmen Square, Beijing Railway Station and the business and shopping districts.
/// The first match wins, so lakes come before the parks that hold them.
/// </summary>
public sealed class Landmarks
{
    private static readonly IReadOnlyList<(string Key, string NameZh, LandmarkKind Kind, double W, double S, double E, double N)> Boxes =
    [
        ("zhongnanhai_lakes", "中南海", LandmarkKind.Water, 116.3790, 39.9090, 116.3885, 39.9220),
        ("beihai_lake", "北海", LandmarkKind.Water, 116.3820, 39.9235, 116.3890, 39.9320),
        ("shichahai_lakes", "什刹海", LandmarkKind.Water, 116.3790, 39.9345, 116.3930, 39.9430),
        ("longtan_lake", "龙潭湖", LandmarkKind.Water, 116.4310, 39.8760, 116.4370, 39.8800),
        ("palace_museum", "故宫博物院", LandmarkKind.Palace, 116.3923, 39.9127, 116.4017, 39.9228),
        ("tiananmen_square", "天安门广场", LandmarkKind.Square, 116.3927, 39.8990, 116.3997, 39.9070),
        ("beihai_park", "北海公园", LandmarkKind.Park, 116.3800, 39.9220, 116.3905, 39.9335),
        ("jingshan_park", "景山公园", LandmarkKind.Park, 116.3945, 39.9235, 116.4000, 39.9285),
        ("zhongshan_park", "中山公园", LandmarkKind.Park, 116.3925, 39.9070, 116.3965, 39.9127),
        ("culture_palace", "劳动人民文化宫", LandmarkKind.Park, 116.3975, 39.9070, 116.4017, 39.9127),
        ("temple_of_heaven", "天坛公园", LandmarkKind.Park, 116.4000, 39.8730, 116.4180, 39.8880),
        ("taoranting_park", "陶然亭公园", LandmarkKind.Park, 116.3770, 39.8715, 116.3860, 39.8800),
        ("longtan_park", "龙潭公园", LandmarkKind.Park, 116.4280, 39.8735, 116.4400, 39.8820),
        ("ditan_park", "地坛公园", LandmarkKind.Park, 116.4070, 39.9480, 116.4150, 39.9550),
        ("qingnianhu_park", "青年湖公园", LandmarkKind.Park, 116.4060, 39.9550, 116.4120, 39.9595),
        ("yuetan_park", "月坛公园", LandmarkKind.Park, 116.3465, 39.9115, 116.3525, 39.9170),
        ("beijing_railway_station", "北京站", LandmarkKind.RailTerminal, 116.4160, 39.9000, 116.4260, 39.9060),
        ("financial_street", "金融街", LandmarkKind.Finance, 116.3560, 39.9070, 116.3665, 39.9260),
        ("dongzhimen_business", "东直门商务区", LandmarkKind.Finance, 116.4270, 39.9300, 116.4340, 39.9420),
        ("jianguomen_business", "建国门商务区", LandmarkKind.Finance, 116.4270, 39.9040, 116.4350, 39.9140),
        ("xidan", "西单", LandmarkKind.Retail, 116.3690, 39.9040, 116.3790, 39.9150),
        ("wangfujing_dongdan", "王府井—东单", LandmarkKind.Retail, 116.4050, 39.9050, 116.4180, 39.9180),
        ("qianmen_street", "前门大街", LandmarkKind.Retail, 116.3960, 39.8900, 116.4030, 39.8985),
        ("sanlihe_ministries", "三里河", LandmarkKind.Government, 116.3400, 39.9150, 116.3520, 39.9250),
        ("zhanlanlu_offices", "展览路", LandmarkKind.Government, 116.3330, 39.9250, 116.3460, 39.9370),
    ];

    private Landmarks(IReadOnlyList<Landmark> all) => All = all;

    public IReadOnlyList<Landmark> All { get; }

    public static Landmarks Build(Gk117Projection projection) =>
        new(Boxes.Select(b => new Landmark(b.Key, b.NameZh, b.Kind, projection.BoxFromLonLat(b.W, b.S, b.E, b.N))).ToList());

    public Landmark Get(string key) => All.Single(l => l.Key == key);

    /// <summary>The first landmark containing the point, or null.</summary>
    public Landmark? At(Coordinate point) =>
        All.FirstOrDefault(l => l.Area.EnvelopeInternal.Contains(point) && l.Area.Contains(l.Area.Factory.CreatePoint(point)));
}
