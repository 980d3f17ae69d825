import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImage, toGray } from '../src/media/image.js';
import { decodeText } from '../src/media/text.js';
import { DEFAULT_LIMITS } from '../src/policy/load.js';
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
