// Builds tiny ONNX graphs for tests (protobuf written by hand): a Flatten "backbone" whose features
// are the input pixels, with a chosen (possibly fixed) batch dimension.
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return out;
}
const field = (num: number, wire: number) => varint(num * 8 + wire);
const bytes = (num: number, b: number[]) => [...field(num, 2), ...varint(b.length), ...b];
const str = (num: number, s: string) => bytes(num, [...Buffer.from(s)]);
const int = (num: number, n: number) => [...field(num, 0), ...varint(n)];
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
