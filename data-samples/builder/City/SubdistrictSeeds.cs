namespace MasterPlanEval.SampleBuilder.City;

/// <summary>
/// The English name (pinyin) of each sub-district and the seed of its schematic Voronoi cell: a point near
/// the sub-district's real centre (WGS84, our own rough placement), so neighbours come out in the right order.
/// </summary>
public static class SubdistrictSeeds
{
    public static readonly IReadOnlyDictionary<string, SubdistrictSeed> ByName = new[]
    {
        // 东城区 Dongcheng (17)
        new SubdistrictSeed("东华门街道", "Donghuamen", 116.4060, 39.9160),
        new SubdistrictSeed("景山街道", "Jingshan", 116.3995, 39.9300),
        new SubdistrictSeed("交道口街道", "Jiaodaokou", 116.4035, 39.9390),
        new SubdistrictSeed("安定门街道", "Andingmen", 116.4050, 39.9470),
        new SubdistrictSeed("北新桥街道", "Beixinqiao", 116.4180, 39.9440),
        new SubdistrictSeed("东四街道", "Dongsi", 116.4170, 39.9300),
        new SubdistrictSeed("朝阳门街道", "Chaoyangmen", 116.4290, 39.9230),
        new SubdistrictSeed("建国门街道", "Jianguomen", 116.4240, 39.9080),
        new SubdistrictSeed("东直门街道", "Dongzhimen", 116.4300, 39.9400),
        new SubdistrictSeed("和平里街道", "Hepingli", 116.4160, 39.9620),
        new SubdistrictSeed("前门街道", "Qianmen", 116.4005, 39.8950),
        new SubdistrictSeed("崇文门外街道", "Chongwenmenwai", 116.4170, 39.8960),
        new SubdistrictSeed("东花市街道", "Donghuashi", 116.4330, 39.8930),
        new SubdistrictSeed("龙潭街道", "Longtan", 116.4360, 39.8790),
        new SubdistrictSeed("体育馆路街道", "Tiyuguanlu", 116.4230, 39.8820),
        new SubdistrictSeed("天坛街道", "Tiantan", 116.4060, 39.8800),
        new SubdistrictSeed("永定门外街道", "Yongdingmenwai", 116.4040, 39.8610),

        // 西城区 Xicheng (15)
        new SubdistrictSeed("西长安街街道", "Xichang'anjie", 116.3820, 39.9110),
        new SubdistrictSeed("新街口街道", "Xinjiekou", 116.3680, 39.9420),
        new SubdistrictSeed("月坛街道", "Yuetan", 116.3480, 39.9160),
        new SubdistrictSeed("展览路街道", "Zhanlanlu", 116.3420, 39.9330),
        new SubdistrictSeed("德胜街道", "Desheng", 116.3790, 39.9580),
        new SubdistrictSeed("金融街街道", "Jinrongjie", 116.3630, 39.9170),
        new SubdistrictSeed("什刹海街道", "Shichahai", 116.3860, 39.9370),
        new SubdistrictSeed("大栅栏街道", "Dashilan", 116.3920, 39.8940),
        new SubdistrictSeed("天桥街道", "Tianqiao", 116.3920, 39.8810),
        new SubdistrictSeed("椿树街道", "Chunshu", 116.3800, 39.8930),
        new SubdistrictSeed("陶然亭街道", "Taoranting", 116.3830, 39.8740),
        new SubdistrictSeed("广安门内街道", "Guang'anmennei", 116.3620, 39.8900),
        new SubdistrictSeed("牛街街道", "Niujie", 116.3690, 39.8800),
        new SubdistrictSeed("白纸坊街道", "Baizhifang", 116.3570, 39.8720),
        new SubdistrictSeed("广安门外街道", "Guang'anmenwai", 116.3350, 39.8880),
    }.ToDictionary(s => s.NameZh, StringComparer.Ordinal);
}
