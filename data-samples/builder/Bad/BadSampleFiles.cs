namespace MasterPlanEval.SampleBuilder.Bad;

/// <summary>
/// The bad sample: a tiny city (one district, two 1 km sub-districts, EPSG:4548 metres so coordinates are
/// readable) where each dataset holds exactly one bad row or feature of each kind beside good ones.
/// Planning units stay valid, since a unit error stops the run. README.md lists every bad row and reason.
/// </summary>
public static class BadSampleFiles
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["evaluation.yaml"] = """
            # Bad sample: each dataset holds one bad row or feature of each kind (see README.md). It runs.
            city: { id: bad, name: { zh: 坏样例, en: Bad sample } }
            years: [2020]
            working_crs: EPSG:4548
            catalog: ../../indicators/catalog
            targets: targets.yaml
            max_reject_share: 1               # a file of bad rows on purpose: rejects never stop this run
            inputs:
              planning_units:  { path: units.geojson,         crs: EPSG:4548 }
              population_grid: { path: population_grid.csv,   crs: EPSG:4548 }
              census:          { path: census.csv }
              land_use:        { path: land_use.geojson,      crs: EPSG:4548, classification: gb-land-sea-2023 }
              facilities:      { path: facilities.csv,        crs: EPSG:4548 }
              mobility:        { path: commutes.csv }
              control_lines:   { path: control_lines.geojson, crs: EPSG:4548 }

            """,
        ["targets.yaml"] = """
            plan: { id: bad-plan, name: { zh: 坏样例规划, en: Bad sample plan } }
            targets:
              - indicator: resident_population
                unit: bad
                kind: cap
                value: 6000
                target_year: 2035
                baseline: { year: 2020, value: 5400 }
              - indicator: park_coverage_500m
                unit: bad
                kind: floor
                value: 0.8
                target_year: 2035

            """,
        ["units.geojson"] = """
            {
              "type": "FeatureCollection",
              "features": [
                {"type": "Feature", "properties": {"unit_id": "bad", "parent_id": null, "level": "city", "name_zh": "坏样例", "name_en": "Bad sample"}, "geometry": null},
                {"type": "Feature", "properties": {"unit_id": "D1", "parent_id": "bad", "level": "district", "name_zh": "样例区", "name_en": "Sample District"}, "geometry": null},
                {"type": "Feature", "properties": {"unit_id": "S1", "parent_id": "D1", "level": "subdistrict", "name_zh": "甲街道", "name_en": "Jia Subdistrict"}, "geometry": {"type": "Polygon", "coordinates": [[[450000, 4420000], [451000, 4420000], [451000, 4421000], [450000, 4421000], [450000, 4420000]]]}},
                {"type": "Feature", "properties": {"unit_id": "S2", "parent_id": "D1", "level": "subdistrict", "name_zh": "乙街道", "name_en": "Yi Subdistrict"}, "geometry": {"type": "Polygon", "coordinates": [[[451000, 4420000], [452000, 4420000], [452000, 4421000], [451000, 4421000], [451000, 4420000]]]}}
              ]
            }

            """,
        ["population_grid.csv"] = """
            cell_id,year,x,y,residents,workers
            a1,2020,450125,4420125,1200,300
            a2,2020,450625,4420625,900,800
            a3,2020,450875,4420375,600,1500
            b1,2020,451125,4420125,1500,200
            b2,2020,451625,4420625,800,2500
            b3,2020,451875,4420875,400,600
            b4,2020,451375,4420375,many,100
            b5,2020,451625,4420125,700,-5
            a4,,450375,4420875,500,100
            a1,2020,450125,4420125,1100,300
            a5,2020,450375,4420625,1e308,100

            """
            // Line 13 is empty and line 14 holds only spaces and a tab: neither is a row, both are counted as lines.
            // Line 15 wrote residents 1,5 with a decimal comma: 7 fields under a 6-field header.
            + "\n" + "  \t \n" + "c1,2020,451375,4420875,1,5,933\n",
        ["census.csv"] = """
            unit_id,year,residents
            S1,2020,2800
            S2,2020,2600
            D1,2020,5400
            S2,2019,-40
            S1,2019,3000000

            """,
        ["facilities.csv"] = """
            facility_id,type,x,y,year_open,name
            PK1,park,450300,4420300,,甲公园 Jia Park
            CL1,clinic,451500,4420500,,乙社区卫生服务站 Yi clinic
            RS1,rail_station,451000,4420900,,甲乙站 Jia-Yi station
            BS1,bus_stop,450600,4420100,,甲路口 Jia crossing
            PS1,primary_school,451700,4420800,2018,乙小学 Yi primary school
            HS1,hospital,450800,4420800,,甲医院 Jia hospital
            MK1,market,450k,4420400,,乙菜市场 Yi market
            PK1,park,450400,4420400,,甲公园（重复） Jia Park again

            """,
        ["commutes.csv"] = """
            year,home_cell,work_cell,minutes,mode,persons,distance_km
            2020,a1,b2,25,bike,12,1.8
            2020,a2,a3,8,walk,5,0.4
            2020,b1,b3,30,bus,7,2.1
            2020,b3,,75,rail,4,22.0
            2020,,a3,68,car,6,18.5
            2020,a3,b1,0,bus,3,1.2
            2020,b2,a1,400,car,2,1.9
            2020,a2,b3,20,scooter,4,1.6
            2020,zz_9,,40,bus,3,5.0
            2020,b1,a2,15,bike,-3,1.1
            2020,a1,b9,20,bus,2,1.5
            2020,,,30,bus,2,4.0
            2020,a2,b1,20,bus,1000000,2.0
            2020,b1,a1,25,car,3,5000

            """,
        ["land_use.geojson"] = """
            {
              "type": "FeatureCollection",
              "features": [
                {"type": "Feature", "properties": {"parcel_id": "L1", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[450000, 4420000], [450600, 4420000], [450600, 4420500], [450000, 4420500], [450000, 4420000]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L2", "year": 2020, "class_code": "0901"}, "geometry": {"type": "Polygon", "coordinates": [[[450800, 4420000], [451200, 4420000], [451200, 4420500], [450800, 4420500], [450800, 4420000]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L3", "year": 2020, "class_code": "1401"}, "geometry": {"type": "Polygon", "coordinates": [[[451400, 4420600], [451800, 4420600], [451800, 4421000], [451400, 4421000], [451400, 4420600]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L4", "year": 2020, "class_code": "1001"}, "geometry": {"type": "Polygon", "coordinates": [[[451400, 4420000], [452000, 4420000], [452000, 4420400], [451400, 4420400], [451400, 4420000]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L5", "year": 2020, "class_code": "9901"}, "geometry": {"type": "Polygon", "coordinates": [[[450000, 4420600], [450500, 4420600], [450500, 4421000], [450000, 4421000], [450000, 4420600]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L6", "year": 2020, "class_code": "0701"}, "geometry": null},
                {"type": "Feature", "properties": {"parcel_id": "L1", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[450000, 4420500], [450600, 4420500], [450600, 4420600], [450000, 4420600], [450000, 4420500]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L7", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[450500, 4420000], [450700, 4420000], [450700, 4420100], [450500, 4420100], [450500, 4420000]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L8", "year": 2020, "class_code": "0101"}, "geometry": {"type": "Polygon", "coordinates": [[[440000, 4410000], [472000, 4410000], [472000, 4442000], [440000, 4442000], [440000, 4410000]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L9", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[450600, 4420600], [451000, 4421000], [451000, 4420600], [450600, 4421000], [450600, 4420600]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L10", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[451200, 4420600], [451350, 4420600], [451350, 4420800], [451200, 4420800]]]}},
                {"type": "Feature", "properties": {"parcel_id": "L11", "year": 2020, "class_code": {"code": "0701"}}, "geometry": {"type": "Polygon", "coordinates": [[[451000, 4420800], [451150, 4420800], [451150, 4420950], [451000, 4420950], [451000, 4420800]]]}}
              ]
            }

            """,
        ["control_lines.geojson"] = """
            {
              "type": "FeatureCollection",
              "features": [
                {"type": "Feature", "properties": {"line_id": "ECO1", "kind": "eco_redline"}, "geometry": {"type": "Polygon", "coordinates": [[[451300, 4420500], [451900, 4420500], [451900, 4420950], [451300, 4420950], [451300, 4420500]]]}},
                {"type": "Feature", "properties": {"line_id": "UDB1", "kind": "urban_development_boundary"}, "geometry": {"type": "Polygon", "coordinates": [[[449900, 4419900], [451700, 4419900], [451700, 4421100], [449900, 4421100], [449900, 4419900]]]}}
              ]
            }

            """,
    };
}
