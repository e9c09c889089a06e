using System.Runtime.CompilerServices;
using System.Text;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// Numbers each distinct text a worker meets (a literal of the plan or a value of a text column), so the kernel
/// compares texts as integers: equal texts, equal numbers. Short texts (≤ 12 bytes: DuckDB keeps them inside the
/// 16-byte string record) are looked up by those 16 bytes without decoding; a mode costs no allocation per row.
/// A longer text (a vendor's cell id of 15 digits) is decoded into a buffer and looked up as characters: only a text
/// not seen before allocates.
/// </summary>
internal sealed unsafe class TextInterner
{
    private const int InlineBytes = 12;

    // A direct-mapped cache of the latest short texts in front of the dictionary: a column of a few distinct
    // values (the modes) is then a multiply and a compare per row.
    private const int CacheBits = 8;

    private readonly ulong[] _cachedLow = new ulong[1 << CacheBits];
    private readonly ulong[] _cachedHigh = new ulong[1 << CacheBits];
    private readonly int[] _cachedIds = new int[1 << CacheBits];
    private readonly Dictionary<(ulong, ulong), int> _inline = [];
    private const int StackChars = 256;

    private readonly Dictionary<string, int> _long = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longByChars;
    private readonly List<byte[]> _texts = [];

    public TextInterner() => _longByChars = _long.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of a text given in the plan.</summary>
    public int Of(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > InlineBytes)
        {
            return Long(text, bytes);
        }

        var record = stackalloc byte[16];
        new Span<byte>(record, 16).Clear();
        *(uint*)record = (uint)bytes.Length;
        bytes.CopyTo(new Span<byte>(record + 4, InlineBytes));
        return Inline(*(ulong*)record, *(ulong*)(record + 8), bytes);
    }

    /// <summary>The number of the text in a DuckDB string record (duckdb_string_t: length, then the text or a prefix and a pointer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Of(byte* record)
    {
        var length = *(uint*)record;
        if (length > InlineBytes)
        {
            var bytes = new ReadOnlySpan<byte>(*(byte**)(record + 8), checked((int)length));
            var buffer = bytes.Length <= StackChars ? stackalloc char[StackChars] : new char[bytes.Length];
            var chars = buffer[..Encoding.UTF8.GetChars(bytes, buffer)];
            return _longByChars.TryGetValue(chars, out var seen) ? seen : Long(chars.ToString(), bytes.ToArray());
        }

        // Bytes past the text are not promised to be zero: mask them off before the lookup.
        var low = *(ulong*)record;
        var high = *(ulong*)(record + 8);
        if (length < 4)
        {
            low &= (1UL << (int)(32 + (8 * length))) - 1;
            high = 0;
        }
        else if (length < InlineBytes)
        {
            high &= (1UL << (int)(8 * (length - 4))) - 1;
        }

        var slot = (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> (64 - CacheBits));
        if (_cachedIds[slot] != 0 && _cachedLow[slot] == low && _cachedHigh[slot] == high)
        {
            return _cachedIds[slot] - 1;
        }

        var id = _inline.TryGetValue((low, high), out var known)
            ? known
            : Inline(low, high, new ReadOnlySpan<byte>(record + 4, (int)length).ToArray());
        (_cachedLow[slot], _cachedHigh[slot], _cachedIds[slot]) = (low, high, id + 1);
        return id;
    }

    /// <summary>The text of a number.</summary>
    public string Text(int id) => Encoding.UTF8.GetString(_texts[id]);

    /// <summary>Two texts in DuckDB's order: by their UTF-8 bytes.</summary>
    public int Compare(int left, int right) => _texts[left].AsSpan().SequenceCompareTo(_texts[right]);

    private int Inline(ulong low, ulong high, byte[] bytes)
    {
        if (!_inline.TryGetValue((low, high), out var id))
        {
            id = Add(bytes);
            _inline.Add((low, high), id);
        }

        return id;
    }

    private int Long(string text, byte[] bytes)
    {
        if (!_long.TryGetValue(text, out var id))
        {
            id = Add(bytes);
            _long.Add(text, id);
        }

        return id;
    }

    private int Add(byte[] bytes)
    {
        _texts.Add(bytes);
        return _texts.Count - 1;
    }
}
