using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The CRS an input is read in, from what the config says and what the file declares (<see cref="DeclaredCrs"/>):
/// <list type="bullet">
/// <item>both: they must mean the same (EPSG code or parameters, not text; WGS 84 and CGCS2000 are one datum to the
/// tool), else one input error naming the file and both CRSs. GCJ-02 in the config agrees with a declared WGS 84 or
/// CGCS2000 lon/lat: no file format can say GCJ-02, so such files carry a WGS 84 .prj or none;</item>
/// <item>only the file: its CRS, named with where it came from ("EPSG:4547 (its GeoPackage srs_id 4547)");</item>
/// <item>only the config: the config's;</item>
/// <item>neither: one config error asking for the input's crs (as before files could declare one).</item>
/// </list>
/// A declaration the tool cannot use (Xian 1980, a .prj that does not parse) is an input error even when the config
/// gives a CRS: the two cannot be checked against each other, and one of them is wrong.
/// </summary>
public static class InputCrs
{
    public static CrsDefinition Resolve(InputSpec spec, string configPath)
    {
        var configured = spec.Crs is null ? null : CrsText.Validated(spec.Crs);
        var declared = DeclaredCrs.Read(spec.Path);
        var file = Path.GetFileName(spec.Path);
        if (declared is { Problem: { } problem })
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"input '{spec.Dataset}' declares a CRS the tool cannot use ({declared.Source}): {problem}{(configured is null ? string.Empty : $"; the config's crs is {configured.Description}")} (accepted: {CrsRegistry.Accepted})",
                new SourceLocation(spec.Path));
        }

        if (configured is null)
        {
            if (declared?.Crs is not { } fromFile)
            {
                throw new EvaluationException(
                    ErrorCategory.Config,
                    $"input '{spec.Dataset}' needs a crs: the config gives none and {file} declares none ({CrsRegistry.Accepted})",
                    new SourceLocation(configPath, null, $"inputs.{spec.Dataset}.crs"));
            }

            // Messages about the input name the CRS with where it came from, as the config does not show it.
            return fromFile with { Name = $"{fromFile.Name} ({declared.Source})", Registered = false };
        }

        if (declared is { Crs: { } own, FormatDefault: false } && !Agree(configured, own))
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"input '{spec.Dataset}' declares CRS {own.Description} ({declared.Source}), but the config's crs is {configured.Description}: one of them is wrong",
                new SourceLocation(spec.Path));
        }

        return configured;
    }

    private static bool Agree(CrsDefinition configured, CrsDefinition declared) =>
        configured.SameMeaning(declared) || (configured.IsGcj02 && declared is { IsGeographic: true, IsGcj02: false });
}
