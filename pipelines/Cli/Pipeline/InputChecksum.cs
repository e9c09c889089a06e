using System.Security.Cryptography;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>A file the run read, with its SHA-256, so an analyst can tell whether a rerun saw the same data.</summary>
public sealed record InputChecksum(string Role, string Path, long Bytes, string Sha256)
{
    public static InputChecksum Of(string role, string path)
    {
        using var stream = File.OpenRead(path);
        return new InputChecksum(role, path, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
