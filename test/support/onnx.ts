import { bytesField, intField, stringField } from '../../src/util/protobuf.js';

// Builds tiny ONNX graphs for tests (protobuf written by hand): a Flatten "backbone" whose features
// are the input pixels, with a chosen (possibly fixed) batch dimension.
const bytes = bytesField;
const str = stringField;
const int = intField;
const dim = (d: number | string) => bytes(1, typeof d === 'number' ? int(1, d) : str(2, d));
const FLOAT = 1;
const valueInfo = (name: string, dims: Array<number | string>) => [
  ...str(1, name),
  ...bytes(2, bytes(1, [...int(1, FLOAT), ...bytes(2, dims.flatMap(dim))])),
];

/** y[N, C·H·W] = Flatten(x[N, C, H, W]), opset 13. */
export function flattenModel(batch: number | string, c: number, h: number, w: number): Buffer {
  const node = [...str(1, 'x'), ...str(2, 'y'), ...str(4, 'Flatten')];
  const graph = [...bytes(1, node), ...str(2, 'flatten'), ...bytes(11, valueInfo('x', [batch, c, h, w])), ...bytes(12, valueInfo('y', [batch, c * h * w]))];
  return Buffer.from([...int(1, 8), ...bytes(8, int(2, 13)), ...bytes(7, graph)]);
}
