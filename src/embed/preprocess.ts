import sharp from 'sharp';
import type { DecodedImage } from '../media/types.js';
import { toGray } from '../media/image.js';

/** How an image becomes a model input: the policy's `model.input`, normalised. */
export interface Preprocessing {
  width: number;
  height: number;
  channels: 1 | 3;
  layout: 'NCHW' | 'NHWC';
  /** Multiplier applied to 0–255 pixel values before mean/std. */
  scale: number;
  /** Per channel (one value applies to all channels). */
  mean: number[];
  std: number[];
}

/** Values per preprocessed sample. */
export function tensorSize(pre: Preprocessing): number {
  return pre.width * pre.height * pre.channels;
}

/** The channels the model wants, interleaved 8-bit: gray by BT.601 luma, gray → RGB by replication, alpha dropped. */
function matchChannels(img: DecodedImage, channels: 1 | 3): Uint8Array {
  const n = img.width * img.height;
  if (channels === 1) {
    if (img.channels === 1) return img.data;
    const gray = toGray(img);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.round(gray[i]!);
    return out;
  }
  const out = new Uint8Array(n * 3);
  const c = img.channels;
  for (let i = 0; i < n; i++) {
    const o = i * c;
    if (c >= 3) {
      out[i * 3] = img.data[o]!;
      out[i * 3 + 1] = img.data[o + 1]!;
      out[i * 3 + 2] = img.data[o + 2]!;
    } else {
      const g = img.data[o]!;
      out[i * 3] = g;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = g;
    }
  }
  return out;
}

/** Resizes interleaved pixels to the model size (stretching, like a plain `resize(h, w)`); a no-op at that size. */
async function resize(pixels: Uint8Array, width: number, height: number, channels: 1 | 3, pre: Preprocessing): Promise<Uint8Array> {
  if (width === pre.width && height === pre.height) return pixels;
  const out = await sharp(pixels, { raw: { width, height, channels } })
    .resize(pre.width, pre.height, { fit: 'fill', kernel: 'lanczos3' })
    .raw({ depth: 'uchar' })
    .toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * A decoded image as the model's input tensor for one sample: channels matched, resized to the
 * model size, `value × scale`, then `(value − mean) / std` per channel, in NCHW or NHWC order.
 */
export async function toTensor(img: DecodedImage, pre: Preprocessing, out?: Float32Array): Promise<Float32Array> {
  const pixels = await resize(matchChannels(img, pre.channels), img.width, img.height, pre.channels, pre);
  const size = tensorSize(pre);
  const tensor = out ?? new Float32Array(size);
  const plane = pre.width * pre.height;
  const c = pre.channels;
  for (let ch = 0; ch < c; ch++) {
    const mean = pre.mean.length === 0 ? 0 : (pre.mean[ch] ?? pre.mean[0]!);
    const std = pre.std.length === 0 ? 1 : (pre.std[ch] ?? pre.std[0]!);
    for (let i = 0; i < plane; i++) {
      const v = (pixels[i * c + ch]! * pre.scale - mean) / std;
      tensor[pre.layout === 'NCHW' ? ch * plane + i : i * c + ch] = v;
    }
  }
  return tensor;
}
