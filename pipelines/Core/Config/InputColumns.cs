using MasterPlanEval.Core.Mobility;

namespace MasterPlanEval.Core.Config;

/// <summary>
/// The attribute columns of every input dataset (docs/data-contract.md, "Datasets"), in the contract's order, with
/// the kinds of values each takes. A file whose columns are named otherwise maps them in
/// <c>inputs.&lt;dataset&gt;.columns</c>; a dataset with a <c>year</c> column may give a constant
/// <c>inputs.&lt;dataset&gt;.year</c> instead. Geometry is not an attribute column: it is the feature's own (or a
/// Parquet file's WKB <c>geometry</c>).
/// </summary>
public static class InputColumns
{
    public const string Year = "year";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ContractColumn>> ByDataset = new Dictionary<string, IReadOnlyList<ContractColumn>>(StringComparer.Ordinal)
    {
        [Datasets.PlanningUnits] =
        [
            Id("unit_id"), Id("parent_id"), Text("level"), Text("name_zh"), Text("name_en"),
        ],
        [Datasets.PopulationGrid] =
        [
            Id("cell_id"), Number(Year), Number("x"), Number("y"), Number("residents"), Number("workers"),
        ],
        [Datasets.Census] =
        [
            Id("unit_id"), Number(Year), Number("residents"),
        ],
        [Datasets.LandUse] =
        [
            // Codes are text: as whole numbers, 0701 would lose the zero its class is found by.
            Id("parcel_id"), Number(Year), Text("class_code"),
        ],
        [Datasets.Facilities] =
        [
            Id("facility_id"), Text("type"), Number("x"), Number("y"), Number("year_open", required: false), Text("name", required: false),
        ],
        [Datasets.Mobility] =
        [
            Number(CommuteColumns.Year), Id(CommuteColumns.HomeCell), Id(CommuteColumns.WorkCell), Number(CommuteColumns.Minutes),
            Text(CommuteColumns.Mode), Number(CommuteColumns.Persons, required: false), Number(CommuteColumns.DistanceKm, required: false),
        ],
        [Datasets.ControlLines] =
        [
            Id("line_id"), Text("kind"),
        ],
        [Datasets.RailLines] =
        [
            Id("line_id"), Text("name", required: false), Number("year_open", required: false),
        ],
    };

    public static IReadOnlyList<ContractColumn> Of(string dataset) => ByDataset[dataset];

    public static IReadOnlyList<string> Names(string dataset) => Of(dataset).Select(c => c.Name).ToList();

    public static IReadOnlyList<string> Required(string dataset) => Of(dataset).Where(c => c.Required).Select(c => c.Name).ToList();

    /// <summary>Whether the dataset's rows carry a year, which a constant <c>inputs.&lt;dataset&gt;.year</c> may give.</summary>
    public static bool HasYear(string dataset) => Of(dataset).Any(c => c.Name == Year);

    private static ContractColumn Id(string name) => new(name, ColumnTypes.Identifier, true);

    private static ContractColumn Text(string name, bool required = true) => new(name, ColumnTypes.Text, required);

    private static ContractColumn Number(string name, bool required = true) => new(name, ColumnTypes.Number, required);
}
