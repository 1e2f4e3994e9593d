namespace FramingAnalyzer.Encoders;

/// <summary>The Protocol Buffers wire types: the low three bits of a field's tag, which say how its value is laid out.</summary>
internal enum ProtobufWireType
{
    /// <summary>A base-128 varint (int32, int64, uint64, bool, enum).</summary>
    Varint = 0,
    /// <summary>Eight little-endian bytes (fixed64, double).</summary>
    Fixed64 = 1,
    /// <summary>A varint length and that many bytes (string, bytes, embedded message, packed repeated field).</summary>
    LengthDelimited = 2,
    /// <summary>The deprecated group start; not used by ONNX and refused.</summary>
    StartGroup = 3,
    /// <summary>The deprecated group end; not used by ONNX and refused.</summary>
    EndGroup = 4,
    /// <summary>Four little-endian bytes (fixed32, float).</summary>
    Fixed32 = 5,
}
