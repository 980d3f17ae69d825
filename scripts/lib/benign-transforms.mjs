// Edits people make to images without meaning harm: re-encoding, resizing, cropping, brightness and
// contrast, format conversion. The perturbed-copy rule must not flag any of them. Deterministic:
// the same input bytes give the same output bytes (sharp, fixed settings).
import sharp from 'sharp';

/** @typedef {{ name: string, ext: string, bytes: Buffer }} Transformed */

/**
 * @param {Buffer} png the original image file
 * @returns {Promise<Transformed[]>}
 */
export async function benignTransforms(png) {
  const meta = await sharp(png).metadata();
  const w = meta.width;
  const h = meta.height;
  const s = () => sharp(png);
  const cropped = (m) => s().extract({ left: m, top: m, width: w - 2 * m, height: h - 2 * m });
  return [
    { name: 'jpeg-q85', ext: 'jpg', bytes: await s().jpeg({ quality: 85 }).toBuffer() },
    { name: 'jpeg-q90', ext: 'jpg', bytes: await s().jpeg({ quality: 90 }).toBuffer() },
    { name: 'jpeg-q95', ext: 'jpg', bytes: await s().jpeg({ quality: 95 }).toBuffer() },
    { name: 'webp-q90', ext: 'webp', bytes: await s().webp({ quality: 90 }).toBuffer() },
    { name: 'webp-lossless', ext: 'webp', bytes: await s().webp({ lossless: true }).toBuffer() },
    { name: 'resize-down', ext: 'png', bytes: await s().resize(Math.round(w * 0.75), Math.round(h * 0.75)).png().toBuffer() },
    { name: 'resize-up', ext: 'png', bytes: await s().resize(w * 2, h * 2).png().toBuffer() },
    { name: 'crop', ext: 'png', bytes: await s().extract({ left: 2, top: 1, width: w - 3, height: h - 2 }).png().toBuffer() },
    { name: 'crop-resize', ext: 'png', bytes: await sharp(await cropped(2).png().toBuffer()).resize(w, h).png().toBuffer() },
    { name: 'brightness', ext: 'png', bytes: await s().linear(1, 16).png().toBuffer() },
    { name: 'contrast', ext: 'png', bytes: await s().linear(1.15, -12).png().toBuffer() },
    { name: 'brightness-jpeg-q90', ext: 'jpg', bytes: await s().linear(1.1, 8).jpeg({ quality: 90 }).toBuffer() },
  ];
}
