using System.Runtime.InteropServices;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// An ONNX model read from its bytes (a ModelProto) by a minimal Protocol Buffers reader: the graph's operators, its
/// inputs and outputs, and its float initializers (the weights) by name. Only the fields needed for that are read
/// (ModelProto.graph; GraphProto node, initializer, input, output; NodeProto input, output, name, op_type; TensorProto
/// dims, data_type, float_data, name, raw_data); everything else is passed over. <see cref="WithOutputs"/> writes the
/// same model with more graph outputs, so that ONNX Runtime hands back intermediate tensors, and
/// <see cref="WithInitializers"/> the same model with some weights replaced. Bytes that are not an ONNX
/// model (truncated, corrupt, another format, weights kept in a separate file) give an <see cref="EncoderLoadException"/>
/// naming <see cref="Source"/>.
/// </summary>
public sealed class OnnxModelFile
{
    private const int ModelGraphField = 7;
    private const int GraphNodeField = 1;
    private const int GraphInitializerField = 5;
    private const int GraphInputField = 11;
    private const int GraphOutputField = 12;
    private const int NodeInputField = 1;
    private const int NodeOutputField = 2;
    private const int NodeNameField = 3;
    private const int NodeOpTypeField = 4;
    private const int TensorDimsField = 1;
    private const int TensorDataTypeField = 2;
    private const int TensorFloatDataField = 4;
    private const int TensorNameField = 8;
    private const int TensorRawDataField = 9;
    private const int TensorDataLocationField = 14;
    private const int ValueInfoNameField = 1;
    private const int ValueInfoTypeField = 2;
    private const int TypeTensorTypeField = 1;
    private const int TensorTypeElementTypeField = 1;
    /// <summary>TensorProto.DataType.FLOAT.</summary>
    private const int FloatDataType = 1;
    /// <summary>TensorProto.DataLocation.EXTERNAL: the values are in another file.</summary>
    private const int ExternalDataLocation = 1;

    /// <summary>A float initializer as found in the file: its values still in the model's bytes (raw_data) or already read (float_data).</summary>
    private readonly record struct StoredFloats(string Name, int[] Shape, ReadOnlyMemory<byte> Raw, float[]? Values);

    private readonly byte[] _bytes;
    private readonly List<OnnxNode> _nodes = [];
    private readonly List<string> _inputNames = [];
    private readonly List<string> _outputNames = [];
    private readonly HashSet<string> _initializerNames = new(StringComparer.Ordinal);
    private readonly List<StoredFloats> _storedFloats = [];
    private readonly Dictionary<string, OnnxNode> _producers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OnnxNode>> _consumers = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, FloatTensor>> _floatInitializers;

    /// <param name="bytes">The whole model file; kept (not copied) for <see cref="WithOutputs"/> and the weights.</param>
    /// <param name="source">What the bytes are, for error messages (a path, or the package and resource name).</param>
    public OnnxModelFile(byte[] bytes, string source = "model.onnx")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _bytes = bytes;
        Source = source;
        try
        {
            ReadModel(bytes);
        }
        catch (InvalidDataException e)
        {
            throw new EncoderLoadException($"{source}: not a readable ONNX model ({e.Message})", e);
        }
        if (_nodes.Count == 0 || _outputNames.Count == 0)
        {
            throw new EncoderLoadException($"{source}: not an ONNX model (no graph with operators and outputs in its {bytes.Length} bytes).");
        }
        foreach (var node in _nodes)
        {
            foreach (var output in node.Outputs)
            {
                if (output.Length > 0 && !_producers.TryAdd(output, node))
                {
                    throw new EncoderLoadException($"{source}: tensor '{output}' is written by more than one operator.");
                }
            }
            foreach (var input in node.Inputs)
            {
                if (input.Length == 0) continue;
                if (!_consumers.TryGetValue(input, out var readers)) _consumers[input] = readers = [];
                readers.Add(node);
            }
        }
        _floatInitializers = new Lazy<IReadOnlyDictionary<string, FloatTensor>>(DecodeFloats, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What the bytes are (as given to the constructor), for messages.</summary>
    public string Source { get; }

    /// <summary>The graph's operators in file order (which ONNX requires to be a topological order).</summary>
    public IReadOnlyList<OnnxNode> Nodes => _nodes;

    /// <summary>The names of the graph's inputs, in order.</summary>
    public IReadOnlyList<string> InputNames => _inputNames;

    /// <summary>The names of the graph's outputs, in order.</summary>
    public IReadOnlyList<string> OutputNames => _outputNames;

    /// <summary>The names of all initializers, whatever their element type (constants such as int64 shapes included).</summary>
    public IReadOnlySet<string> InitializerNames => _initializerNames;

    /// <summary>The float initializers (the weights) by name, values read from the bytes on first use.</summary>
    public IReadOnlyDictionary<string, FloatTensor> FloatInitializers => _floatInitializers.Value;

    /// <summary>The operator that writes <paramref name="tensor"/>; null for graph inputs, initializers and unknown names.</summary>
    public OnnxNode? ProducerOf(string tensor) => _producers.GetValueOrDefault(tensor);

    /// <summary>The operators that read <paramref name="tensor"/>, in file order.</summary>
    public IReadOnlyList<OnnxNode> ConsumersOf(string tensor) => _consumers.TryGetValue(tensor, out var readers) ? readers : [];

    /// <summary>
    /// The model's bytes with <paramref name="tensorNames"/> added to the graph's outputs (as float tensors of
    /// unspecified shape), so that an inference session built from them can be asked for those tensors. Names that
    /// already are outputs are not added twice; everything else in the file is copied unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">A name that no operator writes and that is no graph input or initializer.</exception>
    public byte[] WithOutputs(params string[] tensorNames)
    {
        ArgumentNullException.ThrowIfNull(tensorNames);
        var added = new List<string>();
        foreach (var name in tensorNames)
        {
            bool known = _producers.ContainsKey(name) || _inputNames.Contains(name) || _initializerNames.Contains(name);
            if (!known) throw new ArgumentException($"{Source}: the graph has no tensor '{name}'.", nameof(tensorNames));
            if (!_outputNames.Contains(name) && !added.Contains(name)) added.Add(name);
        }
        var extraOutputs = new ProtobufWriter();
        foreach (var name in added) extraOutputs.WriteMessageField(GraphOutputField, FloatValueInfo(name));
        var extra = extraOutputs.ToArray();

        // The graph field's length prefix changes, so the model is rewritten field by field; the new outputs go at the
        // end of the last graph field (repeated fields may come in any order and embedded messages of one field merge).
        int lastGraph = -1;
        var scan = new ProtobufReader(_bytes);
        while (true)
        {
            int start = scan.Position;
            if (!scan.TryReadTag(out int field, out var wireType)) break;
            scan.Skip(wireType);
            if (field == ModelGraphField && wireType == ProtobufWireType.LengthDelimited) lastGraph = start;
        }
        var model = new ProtobufWriter();
        var reader = new ProtobufReader(_bytes);
        while (true)
        {
            int start = reader.Position;
            if (!reader.TryReadTag(out _, out var wireType)) break;
            if (start == lastGraph)
            {
                var graph = reader.ReadLengthDelimited();
                var rewritten = new byte[graph.Length + extra.Length];
                graph.Span.CopyTo(rewritten);
                extra.CopyTo(rewritten, graph.Length);
                model.WriteBytesField(ModelGraphField, rewritten);
            }
            else
            {
                reader.Skip(wireType);
                model.WriteRaw(_bytes.AsSpan(start, reader.Position - start));
            }
        }
        return model.ToArray();
    }

    /// <summary>
    /// The model's bytes with the float initializers named in <paramref name="replacements"/> given new values (same
    /// shapes); everything else in the file is copied unchanged. Used to run a fine-tuned model in ONNX Runtime.
    /// </summary>
    /// <exception cref="ArgumentException">A replacement that names no float initializer or changes its shape.</exception>
    public byte[] WithInitializers(IReadOnlyDictionary<string, FloatTensor> replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        var shapes = _storedFloats.ToDictionary(f => f.Name, f => f.Shape, StringComparer.Ordinal);
        foreach (var (name, tensor) in replacements)
        {
            if (!shapes.TryGetValue(name, out var shape)) throw new ArgumentException($"{Source}: no float initializer '{name}'.", nameof(replacements));
            if (!shape.SequenceEqual(tensor.Shape) || tensor.Data.Length != tensor.ElementCount)
                throw new ArgumentException($"{Source}: '{name}' is [{string.Join(",", shape)}], not [{string.Join(",", tensor.Shape)}] with {tensor.Data.Length} values.", nameof(replacements));
        }
        // The new tensors are serialised first, so that every length is known and the model is written once into a
        // buffer of its exact size (the model is about 90 MB; no intermediate copies of it).
        var tensors = replacements.ToDictionary(r => r.Key, r => FloatTensorProto(r.Value).ToArray(), StringComparer.Ordinal);
        var fields = new List<(int Start, int End, bool IsGraph, long GraphLength)>();
        long total = 0;
        var reader = new ProtobufReader(_bytes);
        while (true)
        {
            int start = reader.Position;
            if (!reader.TryReadTag(out int field, out var wireType)) break;
            if (field == ModelGraphField && wireType == ProtobufWireType.LengthDelimited)
            {
                var graph = reader.ReadLengthDelimited();
                long graphLength = GraphFields(graph, tensors).Sum(f => f.Replacement is { } r ? FieldLength(r.Length) : f.End - f.Start);
                fields.Add((start, reader.Position, true, graphLength));
                total += FieldLength(graphLength);
            }
            else
            {
                reader.Skip(wireType);
                fields.Add((start, reader.Position, false, 0));
                total += reader.Position - start;
            }
        }
        var model = new ProtobufWriter(checked((int)total));
        foreach (var (start, end, isGraph, graphLength) in fields)
        {
            if (!isGraph)
            {
                model.WriteRaw(_bytes.AsSpan(start, end - start));
                continue;
            }
            var graphReader = new ProtobufReader(_bytes.AsMemory(start, end - start));
            graphReader.TryReadTag(out _, out _);
            var graph = graphReader.ReadLengthDelimited();
            model.WriteTag(ModelGraphField, ProtobufWireType.LengthDelimited);
            model.WriteVarint((ulong)graphLength);
            foreach (var (fieldStart, fieldEnd, replacement) in GraphFields(graph, tensors))
            {
                if (replacement is null) model.WriteRaw(graph.Span[fieldStart..fieldEnd]);
                else model.WriteBytesField(GraphInitializerField, replacement);
            }
        }
        return model.ToArray();
    }

    /// <summary>The length of a length-delimited field of a one-byte tag with a payload of <paramref name="payload"/> bytes.</summary>
    private static long FieldLength(long payload) => 1 + ProtobufWriter.VarintLength((ulong)payload) + payload;

    /// <summary>The graph's fields in order, each with the serialised tensor that replaces it (initializers named in <paramref name="tensors"/>) or null.</summary>
    private static IEnumerable<(int Start, int End, byte[]? Replacement)> GraphFields(ReadOnlyMemory<byte> graph, IReadOnlyDictionary<string, byte[]> tensors)
    {
        var reader = new ProtobufReader(graph);
        while (true)
        {
            int start = reader.Position;
            if (!reader.TryReadTag(out int field, out var wireType)) yield break;
            byte[]? replacement = null;
            if (field == GraphInitializerField && wireType == ProtobufWireType.LengthDelimited)
            {
                tensors.TryGetValue(TensorName(reader.ReadLengthDelimited()), out replacement);
            }
            else
            {
                reader.Skip(wireType);
            }
            yield return (start, reader.Position, replacement);
        }
    }

    private static string TensorName(ReadOnlyMemory<byte> tensor)
    {
        var reader = new ProtobufReader(tensor);
        while (reader.TryReadTag(out int field, out var wireType))
        {
            if (field == TensorNameField && wireType == ProtobufWireType.LengthDelimited) return reader.ReadString();
            reader.Skip(wireType);
        }
        return "";
    }

    /// <summary>A TensorProto of floats: dims, data type, name and the values as little-endian raw data.</summary>
    private static ProtobufWriter FloatTensorProto(FloatTensor tensor)
    {
        var proto = new ProtobufWriter();
        foreach (int d in tensor.Shape) proto.WriteVarintField(TensorDimsField, (ulong)d);
        proto.WriteVarintField(TensorDataTypeField, FloatDataType);
        proto.WriteStringField(TensorNameField, tensor.Name);
        var raw = new byte[tensor.Data.Length * sizeof(float)];
        for (int i = 0; i < tensor.Data.Length; i++) System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * 4), tensor.Data[i]);
        proto.WriteBytesField(TensorRawDataField, raw);
        return proto;
    }

    /// <summary>A ValueInfoProto for a float tensor of unspecified shape.</summary>
    private static ProtobufWriter FloatValueInfo(string name)
    {
        var tensorType = new ProtobufWriter();
        tensorType.WriteVarintField(TensorTypeElementTypeField, FloatDataType);
        var type = new ProtobufWriter();
        type.WriteMessageField(TypeTensorTypeField, tensorType);
        var valueInfo = new ProtobufWriter();
        valueInfo.WriteStringField(ValueInfoNameField, name);
        valueInfo.WriteMessageField(ValueInfoTypeField, type);
        return valueInfo;
    }

    private void ReadModel(byte[] bytes)
    {
        var reader = new ProtobufReader(bytes);
        while (reader.TryReadTag(out int field, out var wireType))
        {
            if (field == ModelGraphField)
            {
                ExpectLengthDelimited(wireType, "ModelProto.graph");
                ReadGraph(reader.ReadLengthDelimited());
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    private void ReadGraph(ReadOnlyMemory<byte> graph)
    {
        var reader = new ProtobufReader(graph);
        while (reader.TryReadTag(out int field, out var wireType))
        {
            switch (field)
            {
                case GraphNodeField:
                    ExpectLengthDelimited(wireType, "GraphProto.node");
                    _nodes.Add(ReadNode(reader.ReadLengthDelimited()));
                    break;
                case GraphInitializerField:
                    ExpectLengthDelimited(wireType, "GraphProto.initializer");
                    ReadInitializer(reader.ReadLengthDelimited());
                    break;
                case GraphInputField:
                    ExpectLengthDelimited(wireType, "GraphProto.input");
                    _inputNames.Add(ReadValueInfoName(reader.ReadLengthDelimited()));
                    break;
                case GraphOutputField:
                    ExpectLengthDelimited(wireType, "GraphProto.output");
                    _outputNames.Add(ReadValueInfoName(reader.ReadLengthDelimited()));
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
    }

    private static OnnxNode ReadNode(ReadOnlyMemory<byte> node)
    {
        var reader = new ProtobufReader(node);
        var inputs = new List<string>();
        var outputs = new List<string>();
        string name = "", opType = "";
        while (reader.TryReadTag(out int field, out var wireType))
        {
            switch (field)
            {
                case NodeInputField:
                    ExpectLengthDelimited(wireType, "NodeProto.input");
                    inputs.Add(reader.ReadString());
                    break;
                case NodeOutputField:
                    ExpectLengthDelimited(wireType, "NodeProto.output");
                    outputs.Add(reader.ReadString());
                    break;
                case NodeNameField:
                    ExpectLengthDelimited(wireType, "NodeProto.name");
                    name = reader.ReadString();
                    break;
                case NodeOpTypeField:
                    ExpectLengthDelimited(wireType, "NodeProto.op_type");
                    opType = reader.ReadString();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        if (opType.Length == 0) throw new InvalidDataException($"an operator without a type (node '{name}')");
        return new OnnxNode(name, opType, inputs, outputs);
    }

    private static string ReadValueInfoName(ReadOnlyMemory<byte> valueInfo)
    {
        var reader = new ProtobufReader(valueInfo);
        string name = "";
        while (reader.TryReadTag(out int field, out var wireType))
        {
            if (field == ValueInfoNameField)
            {
                ExpectLengthDelimited(wireType, "ValueInfoProto.name");
                name = reader.ReadString();
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return name;
    }

    private void ReadInitializer(ReadOnlyMemory<byte> tensor)
    {
        var reader = new ProtobufReader(tensor);
        var dims = new List<long>();
        long dataType = 0, location = 0;
        string name = "";
        ReadOnlyMemory<byte> raw = default;
        List<float>? values = null;
        while (reader.TryReadTag(out int field, out var wireType))
        {
            switch (field)
            {
                case TensorDimsField when wireType == ProtobufWireType.Varint:
                    dims.Add(reader.ReadInt64());
                    break;
                case TensorDimsField when wireType == ProtobufWireType.LengthDelimited:
                    var packedDims = new ProtobufReader(reader.ReadLengthDelimited());
                    while (!packedDims.AtEnd) dims.Add(packedDims.ReadInt64());
                    break;
                case TensorDataTypeField:
                    ExpectWireType(wireType, ProtobufWireType.Varint, "TensorProto.data_type");
                    dataType = reader.ReadInt64();
                    break;
                case TensorFloatDataField when wireType == ProtobufWireType.Fixed32:
                    (values ??= []).Add(reader.ReadFixed32Single());
                    break;
                case TensorFloatDataField when wireType == ProtobufWireType.LengthDelimited:
                    var packed = reader.ReadLengthDelimited();
                    if (packed.Length % 4 != 0) throw new InvalidDataException($"packed float_data of {packed.Length} bytes, not a multiple of 4");
                    values ??= new List<float>(packed.Length / 4);
                    var packedValues = new ProtobufReader(packed);
                    while (!packedValues.AtEnd) values.Add(packedValues.ReadFixed32Single());
                    break;
                case TensorNameField:
                    ExpectLengthDelimited(wireType, "TensorProto.name");
                    name = reader.ReadString();
                    break;
                case TensorRawDataField:
                    ExpectLengthDelimited(wireType, "TensorProto.raw_data");
                    raw = reader.ReadLengthDelimited();
                    break;
                case TensorDataLocationField:
                    ExpectWireType(wireType, ProtobufWireType.Varint, "TensorProto.data_location");
                    location = reader.ReadInt64();
                    break;
                case TensorDimsField or TensorFloatDataField:
                    throw new InvalidDataException($"TensorProto field {field} with wire type {(int)wireType}");
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        if (name.Length == 0) throw new InvalidDataException("an initializer without a name");
        _initializerNames.Add(name);
        if (dataType != FloatDataType) return;
        if (location == ExternalDataLocation) throw new InvalidDataException($"initializer '{name}' keeps its values in a separate file");
        var shape = new int[dims.Count];
        long count = 1;
        for (int i = 0; i < shape.Length; i++)
        {
            if (dims[i] < 0 || dims[i] > int.MaxValue) throw new InvalidDataException($"initializer '{name}' has dimension {dims[i]}");
            shape[i] = (int)dims[i];
            count *= dims[i];
            if (count > Array.MaxLength) throw new InvalidDataException($"initializer '{name}' is too large ({string.Join("x", dims)})");
        }
        if (raw.Length > 0)
        {
            if (raw.Length != count * sizeof(float))
            {
                throw new InvalidDataException($"initializer '{name}' [{string.Join(",", shape)}] has {raw.Length} bytes of raw_data, not {count * sizeof(float)}");
            }
            _storedFloats.Add(new StoredFloats(name, shape, raw, null));
        }
        else
        {
            int stored = values?.Count ?? 0;
            if (stored != count)
            {
                throw new InvalidDataException($"initializer '{name}' [{string.Join(",", shape)}] has {stored} values, not {count}");
            }
            _storedFloats.Add(new StoredFloats(name, shape, default, values?.ToArray() ?? []));
        }
    }

    private Dictionary<string, FloatTensor> DecodeFloats()
    {
        var tensors = new Dictionary<string, FloatTensor>(_storedFloats.Count, StringComparer.Ordinal);
        foreach (var stored in _storedFloats)
        {
            var data = stored.Values ?? LittleEndianFloats(stored.Raw.Span);
            tensors[stored.Name] = new FloatTensor(stored.Name, stored.Shape, data);
        }
        return tensors;
    }

    /// <summary>raw_data is little-endian whatever the machine.</summary>
    private static float[] LittleEndianFloats(ReadOnlySpan<byte> raw)
    {
        if (BitConverter.IsLittleEndian) return MemoryMarshal.Cast<byte, float>(raw).ToArray();
        var values = new float[raw.Length / sizeof(float)];
        for (int i = 0; i < values.Length; i++) values[i] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(raw.Slice(i * sizeof(float)));
        return values;
    }

    private static void ExpectLengthDelimited(ProtobufWireType wireType, string field) => ExpectWireType(wireType, ProtobufWireType.LengthDelimited, field);

    private static void ExpectWireType(ProtobufWireType wireType, ProtobufWireType expected, string field)
    {
        if (wireType != expected) throw new InvalidDataException($"{field} with wire type {(int)wireType}, not {(int)expected}");
    }
}
