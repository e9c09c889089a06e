using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Consecutive rows of one input file, column by column (a Parquet row group, a run of CSV lines, a geometry file's
/// features). <see cref="Columns"/> is indexed like the file's columns, null for one not read. Each row's position
/// is <see cref="FirstNumber"/> + its index in the batch, or <see cref="Numbers"/> where rows are not consecutive
/// (CSV lines around blank ones). <see cref="Geometries"/>, <see cref="GeometryProblems"/> and
/// <see cref="Problems"/> are null when the file has none (see <see cref="RawRecord"/>).
/// </summary>
public sealed class RecordBatch
{
    public required int Count { get; init; }

    public required IReadOnlyList<SourceColumn?> Columns { get; init; }

    public required string Unit { get; init; }

    public long FirstNumber { get; init; }

    public long[]? Numbers { get; init; }

    public Geometry?[]? Geometries { get; init; }

    public string?[]? GeometryProblems { get; init; }

    public string?[]? Problems { get; init; }

    public RecordPosition Position(int row) => new(Unit, Numbers is null ? FirstNumber + row : Numbers[row]);
}
