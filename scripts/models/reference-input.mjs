// How the conversion checks feed an image: 224×224 RGB pixels divided by 255, the way nsfwjs
// normalises them. Both the tfjs reference and the ONNX model get exactly these floats.
import sharp from 'sharp';

export const SIZE = 224;

/** A 224×224 RGB image file as NHWC float32 in [0,1]. */
export async function readReferenceInput(file) {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== SIZE || info.height !== SIZE || info.channels !== 3) {
    throw new Error(`${file}: expected a ${SIZE}×${SIZE} RGB image, got ${info.width}×${info.height}×${info.channels}`);
  }
  return Float32Array.from(data, (v) => v / 255);
}
