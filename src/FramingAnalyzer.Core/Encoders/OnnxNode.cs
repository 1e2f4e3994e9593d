namespace FramingAnalyzer.Encoders;

/// <summary>
/// One operator of an ONNX graph (a NodeProto): its type ("MatMul", "Add", …) and the names of the tensors it reads and
/// writes, in the operator's own order. An optional input left out is an empty name. Attributes are not read.
/// </summary>
public sealed record OnnxNode(string Name, string OpType, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);
