import ort from '../util/ort.js';
import { bytesField, intField, stringField } from '../util/protobuf.js';

// Dot products of many query rows against many reference rows, through onnxruntime's double-precision
// Gemm: several times faster than a JavaScript loop, with the same float64 accuracy. The graph is
// a few fields of protobuf, written here rather than shipped as a file.

const DOUBLE = 11; // TensorProto.DataType.DOUBLE
const ATTRIBUTE_INT = 2;

function valueInfo(name: string, dims: string[]): number[] {
  const shape = dims.flatMap((d) => bytesField(1, stringField(2, d)));
  const tensorType = [...intField(1, DOUBLE), ...bytesField(2, shape)];
  return [...stringField(1, name), ...bytesField(2, bytesField(1, tensorType))];
}

/** ModelProto: C[m, n] = A[m, d] · B[n, d]ᵀ (Gemm, transB = 1), opset 13. */
function gemmModel(): Uint8Array {
  const transB = [...stringField(1, 'transB'), ...intField(3, 1), ...intField(20, ATTRIBUTE_INT)];
  const node = [...stringField(1, 'A'), ...stringField(1, 'B'), ...stringField(2, 'C'), ...stringField(4, 'Gemm'), ...bytesField(5, transB)];
  const graph = [
    ...bytesField(1, node),
    ...stringField(2, 'dots'),
    ...bytesField(11, valueInfo('A', ['m', 'd'])),
    ...bytesField(11, valueInfo('B', ['n', 'd'])),
    ...bytesField(12, valueInfo('C', ['m', 'n'])),
  ];
  return Uint8Array.from([...intField(1, 8), ...bytesField(8, intField(2, 13)), ...bytesField(7, graph)]);
}

let session: Promise<ort.InferenceSession> | undefined;

function gemm(): Promise<ort.InferenceSession> {
  // One thread: the result must not depend on how the work is split.
  session ??= ort.InferenceSession.create(gemmModel(), { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' });
  return session;
}

/** Row-major m × n dot products of `a` (m × d) and `b` (n × d). */
export async function dots(a: Float64Array, m: number, b: Float64Array, n: number, d: number): Promise<Float64Array> {
  const s = await gemm();
  const out = await s.run({ A: new ort.Tensor('float64', a, [m, d]), B: new ort.Tensor('float64', b, [n, d]) });
  return out['C']!.data as Float64Array;
}
