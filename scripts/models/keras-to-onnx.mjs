// Maps a Keras functional model (tfjs layers format, channels_last) onto an ONNX opset-13 graph in
// NCHW. Only the layer types and settings that appear in Keras' MobileNetV2 are supported; anything
// else stops the build with the layer's name rather than producing a graph that computes something else.
import { ElemType, GraphBuilder, attr } from './onnx-builder.mjs';

/** Row-major transpose of a tensor's uint8 codes: result shape is perm.map((p) => shape[p]). */
export function transposeCodes(codes, shape, perm) {
  const outShape = perm.map((p) => shape[p]);
  const inStrides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));
  const out = new Uint8Array(codes.length);
  const index = new Array(shape.length).fill(0);
  for (let o = 0; o < out.length; o++) {
    let src = 0;
    for (let d = 0; d < perm.length; d++) src += index[d] * inStrides[perm[d]];
    out[o] = codes[src];
    for (let d = outShape.length - 1; d >= 0; d--) {
      if (++index[d] < outShape[d]) break;
      index[d] = 0;
    }
  }
  return out;
}

/** TensorFlow's SAME padding for one spatial axis: the extra pixel, if any, goes after. */
function samePadding(size, kernel, stride, dilation) {
  const effective = (kernel - 1) * dilation + 1;
  const total = Math.max((Math.ceil(size / stride) - 1) * stride + effective - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

function outputSize(size, kernel, stride, dilation, before, after) {
  return Math.floor((size + before + after - ((kernel - 1) * dilation + 1)) / stride) + 1;
}

class Converter {
  constructor(weights, outputNames) {
    this.weights = weights;
    this.outputNames = outputNames;
    this.g = new GraphBuilder('mobilenet_v2');
    /** Keras layer name → ONNX tensor name of its output. */
    this.tensorOf = new Map();
    /** ONNX tensor name → shape without the batch axis: [C, H, W] or [F]. */
    this.shapes = new Map();
    this.used = new Set();
    this.constants = new Map();
  }

  fail(layer, why) {
    throw new Error(`layer ${layer.name} (${layer.class_name}): ${why}`);
  }

  expect(layer, condition, why) {
    if (!condition) this.fail(layer, why);
  }

  /** The ONNX name of the tensor a Keras layer writes: a graph output name, or the layer name. */
  outName(layer) {
    return this.outputNames[layer.name] ?? layer.name;
  }

  produce(layer, tensor, shape) {
    this.tensorOf.set(layer.name, tensor);
    this.shapes.set(tensor, shape);
  }

  inputsOf(layer) {
    const calls = layer.inbound_nodes;
    this.expect(layer, Array.isArray(calls) && calls.length === 1, 'layers called more than once are not supported');
    return calls[0].map(([name, nodeIndex, tensorIndex]) => {
      this.expect(layer, nodeIndex === 0 && tensorIndex === 0, `unsupported inbound reference ${name}[${nodeIndex}][${tensorIndex}]`);
      const tensor = this.tensorOf.get(name);
      this.expect(layer, tensor !== undefined, `input ${name} is not defined before it is used`);
      return tensor;
    });
  }

  single(layer) {
    const inputs = this.inputsOf(layer);
    this.expect(layer, inputs.length === 1, `expected one input, got ${inputs.length}`);
    return inputs[0];
  }

  /**
   * A float weight in ONNX layout, stored as its uint8 codes plus the 256-entry table tfjs would
   * dequantise them with; Cast + Gather rebuild the exact float32 values when the session loads.
   * `kerasShape` is what the layer's configuration implies; the manifest must agree.
   */
  weight(layer, key, kerasShape, perm, onnxShape) {
    const name = `${layer.name}/${key}`;
    const w = this.weights.get(name);
    this.expect(layer, w !== undefined, `weight ${name} is missing from the manifest`);
    this.expect(layer, String(w.shape) === String(kerasShape), `weight ${name} has shape [${w.shape}], expected [${kerasShape}]`);
    this.used.add(name);
    const codes = perm ? transposeCodes(w.codes, w.shape, perm) : w.codes;
    const dims = onnxShape ?? (perm ? perm.map((p) => w.shape[p]) : w.shape);
    const q = this.g.initializer(`${name}:codes`, dims, codes);
    const table = this.g.initializer(`${name}:table`, [256], w.table);
    const index = this.g.node('Cast', [q], [`${name}:index`], [attr.int('to', ElemType.int32)]);
    return this.g.node('Gather', [table, index], [name], [attr.int('axis', 0)]);
  }

  constant(name, dims, data) {
    if (!this.constants.has(name)) this.constants.set(name, this.g.initializer(name, dims, data));
    return this.constants.get(name);
  }

  checkChannelsLast(layer) {
    const format = layer.config.data_format;
    this.expect(layer, format === undefined || format === 'channels_last', `data_format ${format} is not supported`);
  }

  InputLayer(layer) {
    const shape = layer.config.batch_input_shape;
    this.expect(layer, Array.isArray(shape) && shape.length === 4 && shape[0] === null, 'expected an NHWC image input');
    const [, h, w, c] = shape;
    this.expect(layer, layer.config.dtype === 'float32', `input dtype ${layer.config.dtype} is not supported`);
    const tensor = this.g.input(this.outName(layer), 'float32', ['N', c, h, w]);
    this.produce(layer, tensor, [c, h, w]);
  }

  ZeroPadding2D(layer) {
    this.checkChannelsLast(layer);
    const x = this.single(layer);
    const [[top, bottom], [left, right]] = layer.config.padding;
    const pads = this.constant(`pads/${top},${left},${bottom},${right}`, [8],
      BigInt64Array.from([0, 0, top, left, 0, 0, bottom, right].map(BigInt)));
    const y = this.g.node('Pad', [x, pads], [this.outName(layer)], [attr.string('mode', 'constant')]);
    const [c, h, w] = this.shapes.get(x);
    this.produce(layer, y, [c, h + top + bottom, w + left + right]);
  }

  convolution(layer, kernel, filters, group) {
    this.checkChannelsLast(layer);
    const { kernel_size: [kh, kw], strides: [sh, sw], dilation_rate: [dh, dw], padding, activation, use_bias } = layer.config;
    this.expect(layer, activation === 'linear', `fused activation ${activation} is not supported`);
    this.expect(layer, padding === 'valid' || padding === 'same', `padding ${padding} is not supported`);
    const x = this.single(layer);
    const [c, h, w] = this.shapes.get(x);
    const [pt, pb] = padding === 'same' ? samePadding(h, kh, sh, dh) : [0, 0];
    const [pl, pr] = padding === 'same' ? samePadding(w, kw, sw, dw) : [0, 0];
    const inputs = [x, kernel(c)];
    if (use_bias) inputs.push(this.weight(layer, 'bias', [filters(c)]));
    const y = this.g.node('Conv', inputs, [this.outName(layer)], [
      attr.ints('dilations', [dh, dw]),
      attr.int('group', group(c)),
      attr.ints('kernel_shape', [kh, kw]),
      attr.ints('pads', [pt, pl, pb, pr]),
      attr.ints('strides', [sh, sw]),
    ]);
    this.produce(layer, y, [filters(c), outputSize(h, kh, sh, dh, pt, pb), outputSize(w, kw, sw, dw, pl, pr)]);
  }

  Conv2D(layer) {
    const { filters, kernel_size: [kh, kw] } = layer.config;
    // Keras kernel [kh, kw, in, out] → ONNX [out, in, kh, kw].
    this.convolution(layer, (c) => this.weight(layer, 'kernel', [kh, kw, c, filters], [3, 2, 0, 1]), () => filters, () => 1);
  }

  DepthwiseConv2D(layer) {
    const multiplier = layer.config.depth_multiplier;
    const [kh, kw] = layer.config.kernel_size;
    // Keras depthwise kernel [kh, kw, in, m] → [in, m, kh, kw] → ONNX [in·m, 1, kh, kw]; output channel
    // c·m + j is input channel c times its j-th filter, as in TensorFlow.
    this.convolution(
      layer,
      (c) => this.weight(layer, 'depthwise_kernel', [kh, kw, c, multiplier], [2, 3, 0, 1], [c * multiplier, 1, kh, kw]),
      (c) => c * multiplier,
      (c) => c,
    );
  }

  BatchNormalization(layer) {
    const { axis, center, scale, epsilon } = layer.config;
    this.expect(layer, axis === -1 || axis === 3, `axis ${axis} is not the channel axis`);
    this.expect(layer, center === true && scale === true, 'only BatchNormalization with both gamma and beta is supported');
    const x = this.single(layer);
    this.expect(layer, this.shapes.get(x).length === 3, 'only image tensors are supported');
    const channels = [this.shapes.get(x)[0]];
    const y = this.g.node('BatchNormalization', [
      x,
      this.weight(layer, 'gamma', channels),
      this.weight(layer, 'beta', channels),
      this.weight(layer, 'moving_mean', channels),
      this.weight(layer, 'moving_variance', channels),
    ], [this.outName(layer)], [attr.float('epsilon', epsilon)]);
    this.produce(layer, y, this.shapes.get(x));
  }

  ReLU(layer) {
    const { max_value, negative_slope, threshold } = layer.config;
    this.expect(layer, !negative_slope && !threshold, 'leaky or thresholded ReLU is not supported');
    const x = this.single(layer);
    const y = max_value === null || max_value === undefined
      ? this.g.node('Relu', [x], [this.outName(layer)])
      : this.g.node('Clip', [
        x,
        this.constant('clip/0', [], Float32Array.of(0)),
        this.constant(`clip/${max_value}`, [], Float32Array.of(max_value)),
      ], [this.outName(layer)]);
    this.produce(layer, y, this.shapes.get(x));
  }

  Add(layer) {
    const inputs = this.inputsOf(layer);
    const shape = this.shapes.get(inputs[0]);
    for (const input of inputs) {
      this.expect(layer, String(this.shapes.get(input)) === String(shape), 'inputs of different shapes are not supported');
    }
    const y = this.g.node(inputs.length === 2 ? 'Add' : 'Sum', inputs, [this.outName(layer)]);
    this.produce(layer, y, shape);
  }

  AveragePooling2D(layer) {
    this.checkChannelsLast(layer);
    const { pool_size: [kh, kw], strides: [sh, sw], padding } = layer.config;
    this.expect(layer, padding === 'valid', `padding ${padding} is not supported`);
    const x = this.single(layer);
    const [c, h, w] = this.shapes.get(x);
    const y = this.g.node('AveragePool', [x], [this.outName(layer)], [
      attr.ints('kernel_shape', [kh, kw]),
      attr.ints('strides', [sh, sw]),
    ]);
    this.produce(layer, y, [c, outputSize(h, kh, sh, 1, 0, 0), outputSize(w, kw, sw, 1, 0, 0)]);
  }

  Flatten(layer) {
    this.checkChannelsLast(layer);
    const x = this.single(layer);
    const [c, h, w] = this.shapes.get(x);
    // With a 1×1 map, NCHW and NHWC flatten to the same order; otherwise a Transpose would be needed.
    this.expect(layer, h === 1 && w === 1, `flattening a ${h}×${w} map is not supported`);
    const y = this.g.node('Flatten', [x], [this.outName(layer)], [attr.int('axis', 1)]);
    this.produce(layer, y, [c]);
  }

  Dense(layer) {
    const { units, activation, use_bias } = layer.config;
    const x = this.single(layer);
    const inputShape = this.shapes.get(x);
    this.expect(layer, inputShape.length === 1, 'Dense on a tensor of rank > 2 is not supported');
    this.expect(layer, use_bias === true, 'Dense without bias is not supported');
    const activations = { linear: null, relu: 'Relu', softmax: 'Softmax' };
    this.expect(layer, activation in activations, `activation ${activation} is not supported`);
    const op = activations[activation];
    const linearName = op ? `${layer.name}/linear` : this.outName(layer);
    // Keras kernel [in, out] is Gemm's B as is.
    const kernel = this.weight(layer, 'kernel', [inputShape[0], units]);
    let y = this.g.node('Gemm', [x, kernel, this.weight(layer, 'bias', [units])], [linearName]);
    if (op) y = this.g.node(op, [y], [this.outName(layer)], op === 'Softmax' ? [attr.int('axis', -1)] : []);
    this.produce(layer, y, [units]);
  }

  Dropout(layer) {
    // Inference: the identity. The layer's consumers read its input directly.
    const x = this.single(layer);
    this.expect(layer, !(layer.name in this.outputNames), 'a Dropout layer cannot be a graph output');
    this.tensorOf.set(layer.name, x);
  }
}

/**
 * Converts a tfjs layers-format Keras model to an ONNX graph builder.
 * @param topology modelTopology from model.json
 * @param weights Map of weight name → { shape, codes, table }
 * @param outputs Keras layer name → ONNX output name, in graph output order; the input is named by `inputName`.
 */
export function kerasToOnnx(topology, weights, { inputName, outputs }) {
  const config = topology?.model_config;
  if (config?.class_name !== 'Model' && config?.class_name !== 'Functional') {
    throw new Error(`model_config.class_name ${config?.class_name} is not a functional Keras model`);
  }
  const layers = config.config.layers;
  const inputs = config.config.input_layers;
  if (inputs.length !== 1) throw new Error(`expected one input layer, got ${inputs.length}`);
  const converter = new Converter(weights, { [inputs[0][0]]: inputName, ...outputs });
  for (const layer of layers) {
    const map = converter[layer.class_name];
    if (typeof map !== 'function' || !/^[A-Z]/.test(layer.class_name)) {
      throw new Error(`layer ${layer.name}: type ${layer.class_name} is not supported`);
    }
    map.call(converter, layer);
  }
  const unused = [...weights.keys()].filter((name) => !converter.used.has(name));
  if (unused.length > 0) throw new Error(`weights not used by any layer: ${unused.join(', ')}`);
  for (const [layerName, outputName] of Object.entries(outputs)) {
    const tensor = converter.tensorOf.get(layerName);
    if (tensor !== outputName) throw new Error(`output layer ${layerName} does not exist or cannot be an output`);
    converter.g.output(outputName, 'float32', ['N', ...converter.shapes.get(tensor)]);
  }
  return converter.g;
}
