// A small ONNX graph builder over the onnx-proto protobuf classes. Everything it writes comes from
// its arguments in insertion order, so the same calls always encode to the same bytes.
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
const { DataType } = onnx.TensorProto;
const { AttributeType } = onnx.AttributeProto;

export const ONNX_IR_VERSION = 8;
export const OPSET = 13;
export const ElemType = { float32: DataType.FLOAT, uint8: DataType.UINT8, int32: DataType.INT32, int64: DataType.INT64 };

/** Typed node attributes; ONNX needs the type spelled out (1 and 1.0 are different attributes). */
export const attr = {
  int: (name, i) => ({ name, type: AttributeType.INT, i }),
  ints: (name, ints) => ({ name, type: AttributeType.INTS, ints }),
  float: (name, f) => ({ name, type: AttributeType.FLOAT, f }),
  string: (name, s) => ({ name, type: AttributeType.STRING, s: Buffer.from(s, 'utf8') }),
};

function littleEndianBytes(typed) {
  // Typed arrays are host-endian; ONNX raw_data is little-endian.
  const out = Buffer.alloc(typed.byteLength);
  if (typed instanceof Float32Array) typed.forEach((v, i) => out.writeFloatLE(v, i * 4));
  else if (typed instanceof Int32Array) typed.forEach((v, i) => out.writeInt32LE(v, i * 4));
  else if (typed instanceof BigInt64Array) typed.forEach((v, i) => out.writeBigInt64LE(v, i * 8));
  else if (typed instanceof Uint8Array) out.set(typed);
  else throw new Error(`unsupported initializer array ${typed.constructor.name}`);
  return out;
}

const arrayType = (typed) =>
  typed instanceof Float32Array ? 'float32'
    : typed instanceof Int32Array ? 'int32'
      : typed instanceof BigInt64Array ? 'int64'
        : typed instanceof Uint8Array ? 'uint8' : undefined;

function valueInfo(name, elemType, dims) {
  return {
    name,
    type: {
      tensorType: {
        elemType: ElemType[elemType],
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

export class GraphBuilder {
  constructor(name) {
    this.name = name;
    this.nodes = [];
    this.initializers = [];
    this.inputs = [];
    this.outputs = [];
    this.names = new Set();
  }

  #claim(name) {
    if (this.names.has(name)) throw new Error(`ONNX tensor name '${name}' is defined twice`);
    this.names.add(name);
  }

  input(name, elemType, dims) {
    this.#claim(name);
    this.inputs.push(valueInfo(name, elemType, dims));
    return name;
  }

  output(name, elemType, dims) {
    if (!this.names.has(name)) throw new Error(`graph output '${name}' is not produced by any node`);
    this.outputs.push(valueInfo(name, elemType, dims));
  }

  /** A constant tensor stored in the file; `data` is a typed array in row-major order. */
  initializer(name, dims, data) {
    const type = arrayType(data);
    if (!type) throw new Error(`initializer ${name}: unsupported array type`);
    const count = dims.reduce((a, b) => a * b, 1);
    if (count !== data.length) throw new Error(`initializer ${name}: ${data.length} values for shape [${dims}]`);
    this.#claim(name);
    this.initializers.push({ name, dims, dataType: ElemType[type], rawData: littleEndianBytes(data) });
    return name;
  }

  node(opType, inputs, outputs, attributes = [], name = outputs[0]) {
    for (const input of inputs) {
      if (input !== '' && !this.names.has(input)) throw new Error(`${opType} ${name}: input '${input}' is not defined yet`);
    }
    outputs.forEach((o) => this.#claim(o));
    this.nodes.push({ name, opType, input: inputs, output: outputs, attribute: attributes });
    return outputs[0];
  }

  /** Encodes the model; `metadata` becomes ModelProto.metadata_props in the given key order. */
  encode({ producerName, producerVersion, docString, metadata = {} }) {
    const model = onnx.ModelProto.create({
      irVersion: ONNX_IR_VERSION,
      opsetImport: [{ domain: '', version: OPSET }],
      producerName,
      producerVersion,
      docString,
      graph: {
        name: this.name,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
      metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    });
    const problem = onnx.ModelProto.verify(model);
    if (problem) throw new Error(`invalid ONNX model: ${problem}`);
    return onnx.ModelProto.encode(model).finish();
  }
}
