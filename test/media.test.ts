import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { decodeImage, toGray } from '../src/media/image.js';
import { loadSample } from '../src/media/load.js';
import type { ImageFormat } from '../src/media/sniff.js';
import { imageDataEnd, trailingContent } from '../src/media/structure.js';
import { decodeText } from '../src/media/text.js';
import { DEFAULT_LIMITS, loadPolicy } from '../src/policy/load.js';
import { FIXTURES } from './support/repo.js';

const bad = (name: string) => readFileSync(join(FIXTURES, 'bad-inputs', name));
const ALL = ['png', 'jpeg', 'webp', 'gif', 'tiff'];

const problem = async (bytes: Buffer, ext: string, formats = ALL, limits = DEFAULT_LIMITS) => {
  const r = await decodeImage(bytes, ext, formats, limits);
  return 'problem' in r ? r.problem.code : 'ok';
};

describe('image decoding under limits', () => {
  it('decodes real PNG and WebP images to pixels', async () => {
    const png = readFileSync(join(FIXTURES, 'demo/base/data/images/coat/0000.png'));
    const r = await decodeImage(png, 'png', ALL, DEFAULT_LIMITS);
    expect('image' in r && [r.image.width, r.image.height, r.image.channels]).toEqual([28, 28, 1]);
    expect(await problem(bad('webp-ok.webp'), 'webp')).toBe('ok');
    if ('image' in r) expect(toGray(r.image)).toHaveLength(784);
  });

  it('refuses a truncated JPEG even when JPEG is allowed', async () => {
    expect(await problem(bad('truncated.jpg'), 'jpg')).toBe('decode-error');
  });

  it('refuses content whose extension lies about its format', async () => {
    expect(await problem(bad('jpeg-named.png'), 'png')).toBe('extension-mismatch');
  });

  it('refuses SVG and other formats by signature, before any parser sees them', async () => {
    expect(await problem(bad('svg-named.png'), 'png')).toBe('decode-error');
    expect(await problem(bad('gif-not-allowed.gif'), 'gif', ['png'])).toBe('format-not-allowed');
  });

  it('refuses declared dimensions over the limits from the header, without decoding', async () => {
    expect(await problem(bad('huge-dimensions.png'), 'png')).toBe('too-many-pixels');
    const png = readFileSync(join(FIXTURES, 'demo/base/data/images/coat/0000.png'));
    expect(await problem(png, 'png', ALL, { ...DEFAULT_LIMITS, max_image_pixels: 700 })).toBe('too-many-pixels');
    expect(await problem(png, 'png', ALL, { ...DEFAULT_LIMITS, max_image_dimension: 27 })).toBe('too-many-pixels');
  });
});

describe('text decoding', () => {
  it('is strict UTF-8 and names the first bad byte', () => {
    const r = decodeText(bad('invalid-utf8.txt'));
    expect('problem' in r && r.problem.message).toContain('offset 3');
    expect(decodeText(Buffer.from('héllo'))).toEqual({ text: 'héllo' });
  });
});

describe('image container structure (polyglots)', () => {
  const photo = () => sharp(join(FIXTURES, 'backbone', 'chelsea.png')).resize(48, 48);
  const encodings = async (): Promise<Array<[ImageFormat, Buffer]>> => [
    ['png', await photo().png().toBuffer()],
    ['png', await photo().png({ progressive: true, palette: true }).toBuffer()],
    ['jpeg', await photo().jpeg().toBuffer()],
    ['jpeg', await photo().jpeg({ progressive: true }).withMetadata({ orientation: 3 }).toBuffer()],
    ['webp', await photo().webp().toBuffer()],
    ['webp', await photo().ensureAlpha(0.5).webp({ lossless: true }).toBuffer()],
    ['gif', await photo().gif().toBuffer()],
    ['gif', await sharp([await photo().png().toBuffer(), await photo().negate().png().toBuffer()], { join: { animated: true } }).gif().toBuffer()],
  ];

  it('finds the end of real encodings exactly at the end of the file', async () => {
    for (const [format, bytes] of await encodings()) expect([format, imageDataEnd(bytes, format)]).toEqual([format, bytes.length]);
  });

  it('reports content appended to an image, but not padding', async () => {
    const zip = Buffer.from('PK\u0003\u0004 payload', 'latin1');
    for (const [format, bytes] of await encodings()) {
      expect(trailingContent(Buffer.concat([bytes, zip]), format)).toEqual({ end: bytes.length, bytes: zip.length });
      expect(trailingContent(Buffer.concat([bytes, Buffer.alloc(16)]), format)).toBeUndefined();
    }
    // A damaged container is left to the decoder.
    expect(imageDataEnd(Buffer.from([0xff, 0xd8, 0x00]), 'jpeg')).toBeUndefined();
  });

  it('a candidate with appended content is an integrity problem; the trusted reference is read as before', async () => {
    const png = Buffer.concat([await photo().png().toBuffer(), Buffer.from('<html><script>alert(1)</script></html>')]);
    const tree = { label: 't', list: async () => [], stat: async () => undefined, read: async () => png, close: () => {} };
    const dataset = loadPolicy({ text: 'version: 1\ndatasets:\n  - { name: d, root: d, layout: imagefolder, modality: image }\n', path: 'p.yml', source: 't' }).policy.datasets[0]!;
    const sample = () => ({ path: 'd/c/x.png', label: 'c', dataset: 'd', modality: 'image' as const, sha256: '' });
    const candidate = await loadSample(sample(), tree, { dataset, limits: DEFAULT_LIMITS, decode: true, untrusted: true });
    expect(candidate.problems).toEqual([expect.objectContaining({ code: 'trailing-data', evidence: { end: png.length - 38, trailing_bytes: 38 } })]);
    const reference = await loadSample(sample(), tree, { dataset, limits: DEFAULT_LIMITS, decode: true });
    expect(reference.problems).toEqual([]);
  });
});
