import type { ImageFormat } from './sniff.js';

/**
 * Where an image's own data ends, found by walking the container (PNG chunks up to IEND, JPEG
 * segments and entropy-coded data up to EOI, GIF blocks up to the trailer, the RIFF size of WebP).
 * Bytes after that end are invisible to the decoder: a ZIP, HTML or PDF appended to an image makes
 * a file that is two formats at once (a polyglot). Undefined when the walk cannot finish (the
 * decoder then judges the damage) and for TIFF, whose data can sit anywhere in the file.
 */
export function imageDataEnd(b: Uint8Array, format: ImageFormat): number | undefined {
  switch (format) {
    case 'png':
      return pngEnd(b);
    case 'jpeg':
      return jpegEnd(b);
    case 'gif':
      return gifEnd(b);
    case 'webp':
      return webpEnd(b);
    default:
      return undefined;
  }
}

const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) + b[i + 1]!;

function pngEnd(b: Uint8Array): number | undefined {
  for (let i = 8; i + 12 <= b.length; ) {
    const end = i + 12 + u32be(b, i);
    if (end > b.length) return undefined;
    if (b[i + 4] === 0x49 && b[i + 5] === 0x45 && b[i + 6] === 0x4e && b[i + 7] === 0x44) return end; // IEND
    i = end;
  }
  return undefined;
}

function jpegEnd(b: Uint8Array): number | undefined {
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const m = b[i + 1]!;
    if (m === 0xff) {
      i++; // fill byte
      continue;
    }
    if (m === 0xd9) return i + 2; // EOI
    if ((m >= 0xd0 && m <= 0xd7) || m === 0x01) {
      i += 2; // RSTn, TEM: no length
      continue;
    }
    if (i + 4 > b.length) return undefined;
    const length = u16be(b, i + 2);
    if (length < 2) return undefined;
    i += 2 + length;
    if (m === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0x00 && !(b[i + 1]! >= 0xd0 && b[i + 1]! <= 0xd7))) i++;
    }
  }
  return undefined;
}

function gifEnd(b: Uint8Array): number | undefined {
  if (b.length < 13) return undefined;
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  let i = 13 + colourTable(b[10]!);
  const subBlocks = () => {
    while (i < b.length && b[i]! > 0) i += b[i]! + 1;
    i++;
  };
  while (i < b.length) {
    const block = b[i]!;
    if (block === 0x3b) return i + 1; // trailer
    if (block === 0x21) {
      i += 2;
      subBlocks();
    } else if (block === 0x2c) {
      if (i + 10 > b.length) return undefined;
      i += 10 + colourTable(b[i + 9]!) + 1; // descriptor, local colour table, LZW code size
      subBlocks();
    } else return undefined;
  }
  return undefined;
}

function webpEnd(b: Uint8Array): number | undefined {
  if (b.length < 12) return undefined;
  const size = b[4]! + (b[5]! << 8) + (b[6]! << 16) + ((b[7]! << 24) >>> 0);
  const end = 8 + size;
  return end <= b.length ? end : undefined;
}

/**
 * Bytes after the image's data that carry content, if any. Padding (0x00 or 0xFF, which some
 * encoders and cameras append) is not content.
 */
export function trailingContent(b: Uint8Array, format: ImageFormat): { end: number; bytes: number } | undefined {
  const end = imageDataEnd(b, format);
  if (end === undefined || end >= b.length) return undefined;
  for (let i = end; i < b.length; i++) {
    if (b[i] !== 0x00 && b[i] !== 0xff) return { end, bytes: b.length - end };
  }
  return undefined;
}
