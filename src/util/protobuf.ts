// The few protobuf encodings needed to write small ONNX graphs in code (ModelProto fields are
// length-delimited messages, strings and varints), so no protobuf library ships at run time.

export function varint(n: number): number[] {
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

const key = (num: number, wire: number) => varint(num * 8 + wire);
/** Field `num` holding an embedded message or raw bytes. */
export const bytesField = (num: number, bytes: number[]): number[] => [...key(num, 2), ...varint(bytes.length), ...bytes];
/** Field `num` holding a UTF-8 string. */
export const stringField = (num: number, s: string): number[] => bytesField(num, [...Buffer.from(s, 'utf8')]);
/** Field `num` holding a varint. */
export const intField = (num: number, n: number): number[] => [...key(num, 0), ...varint(n)];
