using System.Security.Cryptography;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>A file the run read, with its SHA-256, so an analyst can tell whether a rerun saw the same data.</summary>
public sealed record InputChecksum(string Role, string Path, long Bytes, string Sha256)
{
    public static InputChecksum Of(string role, string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return new InputChecksum(role, path, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An input that cannot be read is the input's fault: without this the CLI would call it an output error.
            throw new EvaluationException(ErrorCategory.Input, $"cannot be read: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
    }
}
