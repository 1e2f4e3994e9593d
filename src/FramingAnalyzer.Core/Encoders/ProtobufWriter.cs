using System.Text;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// Appends Protocol Buffers wire-format fields to a growing buffer: tags, varints, strings, embedded messages and bytes
/// copied as they are. Just enough to add fields to a message read with <see cref="ProtobufReader"/>.
/// </summary>
internal sealed class ProtobufWriter
{
    private readonly MemoryStream _buffer;

    public ProtobufWriter() => _buffer = new MemoryStream();

    /// <summary>A writer whose buffer is made <paramref name="capacity"/> bytes long at once (when the size is known in advance).</summary>
    public ProtobufWriter(int capacity) => _buffer = new MemoryStream(capacity);

    /// <summary>The number of bytes a varint of <paramref name="value"/> takes.</summary>
    public static int VarintLength(ulong value)
    {
        int length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }
        return length;
    }

    /// <summary>The number of bytes written so far.</summary>
    public long Length => _buffer.Length;

    /// <summary>Writes a field's tag.</summary>
    public void WriteTag(int field, ProtobufWireType wireType) => WriteVarint(((ulong)(uint)field << 3) | (ulong)wireType);

    /// <summary>Writes a base-128 varint.</summary>
    public void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        _buffer.WriteByte((byte)value);
    }

    /// <summary>Writes a varint field.</summary>
    public void WriteVarintField(int field, ulong value)
    {
        WriteTag(field, ProtobufWireType.Varint);
        WriteVarint(value);
    }

    /// <summary>Writes a length-delimited field whose payload is <paramref name="payload"/>.</summary>
    public void WriteBytesField(int field, ReadOnlySpan<byte> payload)
    {
        WriteTag(field, ProtobufWireType.LengthDelimited);
        WriteVarint((ulong)payload.Length);
        _buffer.Write(payload);
    }

    /// <summary>Writes a string field (UTF-8).</summary>
    public void WriteStringField(int field, string value) => WriteBytesField(field, Encoding.UTF8.GetBytes(value));

    /// <summary>Writes an embedded-message field (the other writer's bytes, length-prefixed).</summary>
    public void WriteMessageField(int field, ProtobufWriter message) => WriteBytesField(field, message.ToArray());

    /// <summary>Copies bytes that already are wire format (whole fields), unchanged.</summary>
    public void WriteRaw(ReadOnlySpan<byte> fields) => _buffer.Write(fields);

    /// <summary>The bytes written so far (the buffer itself, not a copy, when exactly the capacity given was written).</summary>
    public byte[] ToArray() => _buffer.Length == _buffer.Capacity && _buffer.TryGetBuffer(out var whole) && whole.Offset == 0 && whole.Array!.Length == _buffer.Length
        ? whole.Array
        : _buffer.ToArray();
}
