using System.Buffers.Binary;
using System.Text;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// A forward-only reader of the Protocol Buffers wire format over one message's bytes: tags, varints, fixed-width
/// values and length-delimited payloads (returned as slices of the same memory, never copied). Knows no schema; the
/// caller says which field is what. Anything that does not fit the format (a truncated value, an overlong varint, a
/// length past the end, field number 0, a group or unknown wire type, text that is no UTF-8) throws
/// <see cref="InvalidDataException"/> naming the byte offset.
/// </summary>
internal struct ProtobufReader(ReadOnlyMemory<byte> message)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private int _position;

    /// <summary>The offset of the next unread byte within the message.</summary>
    public readonly int Position => _position;

    /// <summary>Whether every byte of the message has been read.</summary>
    public readonly bool AtEnd => _position >= message.Length;

    /// <summary>Reads the next field's tag; false at the end of the message.</summary>
    public bool TryReadTag(out int field, out ProtobufWireType wireType)
    {
        field = 0;
        wireType = default;
        if (AtEnd) return false;
        int start = _position;
        ulong tag = ReadVarint();
        wireType = (ProtobufWireType)(tag & 7);
        ulong number = tag >> 3;
        if (number == 0 || number > int.MaxValue) throw Malformed(start, $"field number {number} in a tag");
        if (wireType is not (ProtobufWireType.Varint or ProtobufWireType.Fixed64 or ProtobufWireType.LengthDelimited or ProtobufWireType.Fixed32))
        {
            throw Malformed(start, $"wire type {(int)wireType} (field {number})");
        }
        field = (int)number;
        return true;
    }

    /// <summary>Reads a base-128 varint (at most ten bytes).</summary>
    public ulong ReadVarint()
    {
        var span = message.Span;
        int start = _position;
        ulong value = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            if (_position >= span.Length) throw Malformed(start, "a varint cut off by the end of the message");
            byte b = span[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw Malformed(start, "a varint longer than ten bytes");
    }

    /// <summary>Reads four little-endian bytes as a float.</summary>
    public float ReadFixed32Single()
    {
        var bytes = Take(4, "a fixed32 value");
        return BinaryPrimitives.ReadSingleLittleEndian(bytes.Span);
    }

    /// <summary>Reads a length-delimited payload: a slice of the message, not a copy.</summary>
    public ReadOnlyMemory<byte> ReadLengthDelimited()
    {
        int start = _position;
        ulong length = ReadVarint();
        if (length > (ulong)(message.Length - _position))
        {
            throw Malformed(start, $"a length of {length} bytes where {message.Length - _position} remain");
        }
        return Take((int)length, "a length-delimited value");
    }

    /// <summary>Reads a length-delimited payload as UTF-8 text.</summary>
    public string ReadString()
    {
        int start = _position;
        var bytes = ReadLengthDelimited();
        try
        {
            return StrictUtf8.GetString(bytes.Span);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"Malformed protobuf at byte {start}: a string that is no UTF-8.", e);
        }
    }

    /// <summary>Reads a varint as an int64 (negative values arrive as ten-byte two's complement, as protobuf encodes them).</summary>
    public long ReadInt64()
    {
        return unchecked((long)ReadVarint());
    }

    /// <summary>Passes over the value of a field whose tag has just been read.</summary>
    public void Skip(ProtobufWireType wireType)
    {
        switch (wireType)
        {
            case ProtobufWireType.Varint: ReadVarint(); break;
            case ProtobufWireType.Fixed64: Take(8, "a fixed64 value"); break;
            case ProtobufWireType.LengthDelimited: ReadLengthDelimited(); break;
            case ProtobufWireType.Fixed32: Take(4, "a fixed32 value"); break;
            default: throw Malformed(_position, $"wire type {(int)wireType}");
        }
    }

    private ReadOnlyMemory<byte> Take(int count, string what)
    {
        if (count > message.Length - _position) throw Malformed(_position, $"{what} cut off by the end of the message");
        var slice = message.Slice(_position, count);
        _position += count;
        return slice;
    }

    private static InvalidDataException Malformed(int offset, string what) => new($"Malformed protobuf at byte {offset}: {what}.");
}
