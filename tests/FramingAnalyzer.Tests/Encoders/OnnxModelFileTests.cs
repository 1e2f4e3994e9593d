using System.Text;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>The minimal ONNX reader: the package's model as the Python onnx package sees it, hand-built models, and bytes that are no model.</summary>
public sealed class OnnxModelFileTests
{
    internal static readonly Lazy<OnnxModelFile> Packaged = new(MiniLmTransformer.ReadModel);

    [Fact]
    public void The_packaged_model_has_its_inputs_outputs_and_148_initializers()
    {
        var model = Packaged.Value;
        Assert.Equal(["input_ids", "attention_mask", "token_type_ids"], model.InputNames);
        Assert.Equal(["last_hidden_state", "924"], model.OutputNames);
        Assert.Equal(148, model.InitializerNames.Count);
        Assert.Equal(103, model.FloatInitializers.Count); // the other 45 are int64 (position ids, shapes), as onnx counts them
        Assert.Equal(48, model.Nodes.Count(n => n.OpType == "MatMul"));
        Assert.Equal([30522, 384], model.FloatInitializers["embeddings.word_embeddings.weight"].Shape);
        Assert.Equal([1536], model.FloatInitializers["encoder.layer.2.intermediate.dense.bias"].Shape);
    }

    [Fact]
    public void Weights_read_from_raw_data_match_numpy()
    {
        // numpy_helper.to_array(word_embeddings)[101, 0] in Python, onnx 1.x, on the same file.
        Assert.Equal(-0.017619397f, Packaged.Value.FloatInitializers["embeddings.word_embeddings.weight"][101, 0]);
    }

    [Fact]
    public void Producers_and_consumers_follow_the_graph()
    {
        var model = Packaged.Value;
        var add = Assert.Single(model.ConsumersOf("encoder.layer.3.output.LayerNorm.bias"));
        Assert.Equal("Add", add.OpType);
        Assert.Equal(["662"], add.Outputs);
        Assert.Same(add, model.ProducerOf("662"));
        Assert.Null(model.ProducerOf("input_ids"));
        Assert.Empty(model.ConsumersOf("no such tensor"));
    }

    [Fact]
    public void Added_outputs_come_after_the_existing_ones_and_the_rest_is_unchanged()
    {
        var model = Packaged.Value;
        var rewritten = new OnnxModelFile(model.WithOutputs("662", "275", "last_hidden_state", "662"));
        Assert.Equal(["last_hidden_state", "924", "662", "275"], rewritten.OutputNames);
        Assert.Equal(model.Nodes.Count, rewritten.Nodes.Count);
        Assert.Equal(model.InitializerNames, rewritten.InitializerNames);
        Assert.Equal(model.FloatInitializers["encoder.layer.5.output.dense.bias"].Data, rewritten.FloatInitializers["encoder.layer.5.output.dense.bias"].Data);
        Assert.Equal(model.InputNames, rewritten.InputNames);
    }

    [Fact]
    public void Asking_for_no_new_output_gives_the_same_bytes()
    {
        var bytes = TinyModel(packed: true);
        Assert.Equal(bytes, new OnnxModelFile(bytes).WithOutputs("y"));
    }

    [Fact]
    public void An_output_that_no_operator_writes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new OnnxModelFile(TinyModel(packed: true)).WithOutputs("nowhere"));
    }

    [Fact]
    public void Replaced_initializers_get_their_new_values_and_everything_else_stays()
    {
        var model = Packaged.Value;
        var bias = model.FloatInitializers["encoder.layer.4.output.dense.bias"];
        var changed = bias.Data.Select((v, i) => v + i).ToArray();
        var rewritten = new OnnxModelFile(model.WithInitializers(new Dictionary<string, FloatTensor> { [bias.Name] = bias with { Data = changed } }));
        Assert.Equal(changed, rewritten.FloatInitializers[bias.Name].Data);
        Assert.Equal(model.FloatInitializers["encoder.layer.5.output.dense.bias"].Data, rewritten.FloatInitializers["encoder.layer.5.output.dense.bias"].Data);
        Assert.Equal(model.InitializerNames, rewritten.InitializerNames);
        Assert.Equal(model.Nodes.Select(n => n.Name), rewritten.Nodes.Select(n => n.Name));
        Assert.Equal(model.OutputNames, rewritten.OutputNames);
    }

    [Fact]
    public void A_replacement_of_another_shape_or_name_is_refused()
    {
        var model = Packaged.Value;
        var bias = model.FloatInitializers["encoder.layer.4.output.dense.bias"];
        Assert.Throws<ArgumentException>(() => model.WithInitializers(new Dictionary<string, FloatTensor> { [bias.Name] = new(bias.Name, [2], [1f, 2f]) }));
        Assert.Throws<ArgumentException>(() => model.WithInitializers(new Dictionary<string, FloatTensor> { ["no such weight"] = bias }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Float_data_and_dims_are_read_packed_or_one_by_one(bool packed)
    {
        var model = new OnnxModelFile(TinyModel(packed));
        var w = model.FloatInitializers["w"];
        Assert.Equal([2, 3], w.Shape);
        Assert.Equal([1f, 2f, 3f, 4f, 5f, -6.5f], w.Data);
        Assert.Equal(3f, w[0, 2]);
        Assert.Equal(-6.5f, w[1, 2]);
        var node = Assert.Single(model.Nodes);
        Assert.Equal(("mm", "MatMul"), (node.Name, node.OpType));
        Assert.Equal(["x", "w"], node.Inputs);
        Assert.Equal(["y"], node.Outputs);
        var widened = new OnnxModelFile(model.WithOutputs("x"));
        Assert.Equal(["y", "x"], widened.OutputNames);
    }

    [Fact]
    public void Truncated_model_bytes_give_a_load_error_that_names_the_source()
    {
        var bytes = TinyModel(packed: true);
        for (int length = 0; length < bytes.Length; length++)
        {
            var error = Assert.Throws<EncoderLoadException>(() => new OnnxModelFile(bytes[..length], "tiny.onnx"));
            Assert.StartsWith("tiny.onnx: ", error.Message);
        }
        var packaged = Packaged.Value.WithOutputs(); // no new output: the package's bytes
        foreach (int length in new[] { 1, 100, 1_000_000, packaged.Length / 2, packaged.Length - 1 })
        {
            Assert.Throws<EncoderLoadException>(() => new OnnxModelFile(packaged[..length]));
        }
    }

    [Fact]
    public void Bytes_of_another_format_give_a_load_error()
    {
        Assert.Throws<EncoderLoadException>(() => new OnnxModelFile(Encoding.UTF8.GetBytes("this is not an ONNX model, just text")));
        Assert.Throws<EncoderLoadException>(() => new OnnxModelFile([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])); // a zip header
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            var garbage = new byte[random.Next(1, 4000)];
            random.NextBytes(garbage);
            Assert.Throws<EncoderLoadException>(() => new OnnxModelFile(garbage));
        }
    }

    [Fact]
    public void A_float_tensor_whose_data_does_not_fit_its_shape_gives_a_load_error()
    {
        var tensor = new ProtobufWriter();
        tensor.WriteVarintField(1, 2);
        tensor.WriteVarintField(1, 2);
        tensor.WriteVarintField(2, 1);
        tensor.WriteStringField(8, "w");
        tensor.WriteBytesField(9, new byte[12]); // 3 floats for a 2x2
        var error = Assert.Throws<EncoderLoadException>(() => new OnnxModelFile(Model(TinyGraph(tensor))));
        Assert.Contains("'w'", error.Message);
    }

    /// <summary>y = MatMul(x, w) with w a 2x3 float initializer; dims and float_data packed or one field per value.</summary>
    internal static byte[] TinyModel(bool packed)
    {
        float[] values = [1, 2, 3, 4, 5, -6.5f];
        var tensor = new ProtobufWriter();
        if (packed)
        {
            var dims = new ProtobufWriter();
            dims.WriteVarint(2);
            dims.WriteVarint(3);
            tensor.WriteBytesField(1, dims.ToArray());
        }
        else
        {
            tensor.WriteVarintField(1, 2);
            tensor.WriteVarintField(1, 3);
        }
        tensor.WriteVarintField(2, 1);
        tensor.WriteStringField(8, "w");
        if (packed)
        {
            tensor.WriteBytesField(4, values.SelectMany(BitConverter.GetBytes).ToArray());
        }
        else
        {
            foreach (var value in values)
            {
                tensor.WriteTag(4, ProtobufWireType.Fixed32);
                tensor.WriteRaw(BitConverter.GetBytes(value));
            }
        }
        return Model(TinyGraph(tensor));
    }

    private static ProtobufWriter TinyGraph(ProtobufWriter initializer)
    {
        var node = new ProtobufWriter();
        node.WriteStringField(1, "x");
        node.WriteStringField(1, "w");
        node.WriteStringField(2, "y");
        node.WriteStringField(3, "mm");
        node.WriteStringField(4, "MatMul");
        var graph = new ProtobufWriter();
        graph.WriteMessageField(1, node);
        graph.WriteStringField(2, "tiny");
        graph.WriteMessageField(5, initializer);
        graph.WriteMessageField(11, ValueInfo("x"));
        graph.WriteMessageField(12, ValueInfo("y"));
        return graph;
    }

    private static byte[] Model(ProtobufWriter graph)
    {
        var model = new ProtobufWriter();
        model.WriteVarintField(1, 7); // ir_version
        var opset = new ProtobufWriter();
        opset.WriteVarintField(2, 13);
        model.WriteMessageField(8, opset);
        model.WriteMessageField(7, graph); // last, so that every shorter prefix cuts it or lacks it
        return model.ToArray();
    }

    private static ProtobufWriter ValueInfo(string name)
    {
        var valueInfo = new ProtobufWriter();
        valueInfo.WriteStringField(1, name);
        return valueInfo;
    }
}
