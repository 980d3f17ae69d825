import sharp from 'sharp';
import type { Limits } from '../policy/types.js';
import type { ContentProblem, DecodedImage } from './types.js';
import { formatForExtension, sniffImageFormat } from './sniff.js';

// Decoding is CPU-bound in libvips' own threads; one thread per call keeps a scan of many small
// images from oversubscribing the runner's cores while calls run concurrently.
sharp.concurrency(1);
sharp.cache(false);

export type ImageResult = { image: DecodedImage } | { problem: ContentProblem };

export interface DecodeOptions {
  /**
   * Asked before pixels are decoded, with the bytes they will take; false refuses the decode (the
   * scan's memory budget is spent).
   */
  reserve?: (bytes: number) => Promise<boolean>;
}

/** Rejects with `timedOut` when `work` takes longer than `ms`; the work itself is stopped by libvips' own timeout. */
function within<T>(work: Promise<T>, ms: number, timedOut: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(timedOut), ms)));
  work.catch(() => undefined); // settled later or never: its outcome no longer matters once late
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Decodes untrusted image bytes: the magic bytes must name an allowed format that matches the
 * extension, dimensions and pixel count are checked from the header before pixels are decoded,
 * and any libvips warning (truncation, bad CRC) fails the decode.
 */
export async function decodeImage(
  bytes: Buffer,
  extension: string,
  allowedFormats: readonly string[],
  limits: Limits,
  opts: DecodeOptions = {},
): Promise<ImageResult> {
  const seconds = limits.max_decode_seconds;
  const timedOut: ImageResult = {
    problem: {
      code: 'limit-exceeded',
      message: `took longer than ${seconds} s to decode (limits.max_decode_seconds); re-encode the image, or raise the limit`,
      evidence: { limit: 'max_decode_seconds', value: seconds },
    },
  };
  return within(decodeWithin(bytes, extension, allowedFormats, limits, opts), seconds * 1000, timedOut);
}

async function decodeWithin(
  bytes: Buffer,
  extension: string,
  allowedFormats: readonly string[],
  limits: Limits,
  opts: DecodeOptions,
): Promise<ImageResult> {
  const format = sniffImageFormat(bytes);
  if (!format) {
    return { problem: { code: 'decode-error', message: 'not an image in an accepted format (unrecognised file signature)' } };
  }
  if (!allowedFormats.includes(format)) {
    return {
      problem: {
        code: 'format-not-allowed',
        message: `${format.toUpperCase()} is not an accepted format for this dataset (${allowedFormats.join(', ')})`,
      },
    };
  }
  const promised = formatForExtension(extension);
  if (promised !== format) {
    return {
      problem: {
        code: 'extension-mismatch',
        message: `the extension '.${extension}' does not match the content, which is ${format.toUpperCase()}`,
        evidence: { extension, detected: format },
      },
    };
  }
  try {
    const input = sharp(bytes, { limitInputPixels: limits.max_image_pixels, failOn: 'warning', animated: false });
    const meta = await input.metadata();
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (width > limits.max_image_dimension || height > limits.max_image_dimension) {
      return {
        problem: {
          code: 'too-many-pixels',
          message: `${width}×${height} exceeds the ${limits.max_image_dimension}-pixel dimension limit`,
          evidence: { width, height },
        },
      };
    }
    if (width * height > limits.max_image_pixels) {
      return {
        problem: {
          code: 'too-many-pixels',
          message: `${width}×${height} = ${width * height} pixels exceeds the limit of ${limits.max_image_pixels}`,
          evidence: { width, height },
        },
      };
    }
    const channels = meta.channels ?? 4;
    if (opts.reserve && !(await opts.reserve(width * height * channels))) {
      return {
        problem: {
          code: 'limit-exceeded',
          message: `was not decoded: its ${width * height * channels} bytes of pixels do not fit in what is left of the scan's budget (limits.max_decoded_bytes ${limits.max_decoded_bytes}); split the pull request or raise the limit`,
          evidence: { limit: 'max_decoded_bytes', value: limits.max_decoded_bytes, width, height, channels },
        },
      };
    }
    // Grayscale stays one channel (sharp would expand it to sRGB): a quarter of the memory, and
    // detectors see the values that are stored.
    const pipeline = (channels <= 2 ? input.toColourspace('b-w') : input).timeout({ seconds: Math.max(1, Math.ceil(limits.max_decode_seconds)) });
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    return {
      image: { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data), format },
    };
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0] ?? 'decode failed';
    if (/timeout/i.test(msg)) return { problem: { code: 'limit-exceeded', message: `took longer than ${limits.max_decode_seconds} s to decode (limits.max_decode_seconds)`, evidence: { limit: 'max_decode_seconds', value: limits.max_decode_seconds } } };
    if (/pixel limit/i.test(msg)) {
      return { problem: { code: 'too-many-pixels', message: `declared size exceeds the pixel limit (${msg})` } };
    }
    // libvips' error text varies with what else is decoding at the time, so the finding says what
    // is stable: the file's data does not decode.
    return { problem: { code: 'decode-error', message: `cannot be decoded as ${format.toUpperCase()}: truncated or corrupt image data` } };
  }
}

/** Luma (ITU-R BT.601) as floats in 0–255, whatever the channel count; alpha is ignored. */
export function toGray(img: DecodedImage): Float32Array {
  const n = img.width * img.height;
  const out = new Float32Array(n);
  const c = img.channels;
  for (let i = 0; i < n; i++) {
    const o = i * c;
    out[i] = c >= 3 ? 0.299 * img.data[o]! + 0.587 * img.data[o + 1]! + 0.114 * img.data[o + 2]! : img.data[o]!;
  }
  return out;
}
