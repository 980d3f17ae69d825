/** Image container formats poisongate decodes, by the sharp name. */
export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'tiff';

/**
 * The format a file's magic bytes announce, before anything parses it. Only these reach the decoder:
 * SVG, PDF, HEIF and the rest that sharp could open are refused unparsed.
 */
export function sniffImageFormat(b: Uint8Array): ImageFormat | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((x, j) => b[i + j] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  return undefined;
}

const EXTENSIONS: Record<string, ImageFormat> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  webp: 'webp',
  gif: 'gif',
  tif: 'tiff',
  tiff: 'tiff',
};

/** The format a file extension promises, or undefined when it is not an image extension. */
export function formatForExtension(ext: string): ImageFormat | undefined {
  return EXTENSIONS[ext.toLowerCase()];
}

export const IMAGE_EXTENSIONS = Object.keys(EXTENSIONS);
export const TEXT_EXTENSIONS = ['txt'];
