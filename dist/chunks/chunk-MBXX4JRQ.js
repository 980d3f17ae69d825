import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  formatForExtension,
  sniffImageFormat
} from "./chunk-ZR6K7QFP.js";
import {
  mapLimit
} from "./chunk-JSJXTQR5.js";
import {
  isUsable
} from "./chunk-EQ3EYCYV.js";

// src/forensics/resample.ts
function resample(src, width, height) {
  if (src.width === width && src.height === height) return { width, height, data: Float32Array.from(src.data) };
  const horizontal = resample1d(src.data, src.width, src.height, width, true);
  const data = resample1d(horizontal, width, src.height, height, false);
  return { width, height, data };
}
function weights(inSize, outSize) {
  const scale = inSize / outSize;
  const support = Math.max(1, scale);
  const span = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const w = new Float32Array(outSize * span);
  for (let o = 0; o < outSize; o++) {
    const center = (o + 0.5) * scale - 0.5;
    const lo = Math.max(0, Math.floor(center - support));
    const hi = Math.min(inSize - 1, Math.ceil(center + support));
    let sum = 0;
    let n = 0;
    for (let i = lo; i <= hi && n < span; i++, n++) {
      const v = Math.max(0, 1 - Math.abs(i - center) / support);
      w[o * span + n] = v;
      sum += v;
    }
    if (sum === 0) {
      w[o * span] = 1;
      start[o] = Math.min(inSize - 1, Math.max(0, Math.round(center)));
      count[o] = 1;
      continue;
    }
    for (let k = 0; k < n; k++) w[o * span + k] /= sum;
    start[o] = lo;
    count[o] = n;
  }
  return { start, count, w, span };
}
function resample1d(data, width, height, outSize, alongX) {
  const inSize = alongX ? width : height;
  const { start, count, w, span } = weights(inSize, outSize);
  const outW = alongX ? outSize : width;
  const outH = alongX ? height : outSize;
  const out = new Float32Array(outW * outH);
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      const o = alongX ? x : y;
      let acc = 0;
      for (let k = 0; k < count[o]; k++) {
        const i = start[o] + k;
        acc += w[o * span + k] * (alongX ? data[y * width + i] : data[i * width + x]);
      }
      out[y * outW + x] = acc;
    }
  }
  return out;
}

// src/forensics/dct.ts
var bases = /* @__PURE__ */ new Map();
function dctBasis(n) {
  let b = bases.get(n);
  if (!b) {
    b = new Float64Array(n * n);
    for (let u = 0; u < n; u++) {
      const s = u === 0 ? Math.sqrt(1 / n) : Math.sqrt(2 / n);
      for (let x = 0; x < n; x++) b[u * n + x] = s * Math.cos(Math.PI * (2 * x + 1) * u / (2 * n));
    }
    bases.set(n, b);
  }
  return b;
}
function dct2(src, offset, stride, n, out, tmp) {
  const b = dctBasis(n);
  for (let y = 0; y < n; y++) {
    for (let u = 0; u < n; u++) {
      let acc = 0;
      for (let x = 0; x < n; x++) acc += b[u * n + x] * src[offset + y * stride + x];
      tmp[y * n + u] = acc;
    }
  }
  for (let v = 0; v < n; v++) {
    for (let u = 0; u < n; u++) {
      let acc = 0;
      for (let y = 0; y < n; y++) acc += b[v * n + y] * tmp[y * n + u];
      out[v * n + u] = acc;
    }
  }
}

// src/forensics/phash.ts
var SIZE = 32;
var LOW = 8;
function phash(g) {
  const small = resample(g, SIZE, SIZE);
  const coeffs = new Float64Array(SIZE * SIZE);
  dct2(small.data, 0, SIZE, SIZE, coeffs, new Float64Array(SIZE * SIZE));
  const low = [];
  for (let v = 0; v < LOW; v++) for (let u = 0; u < LOW; u++) low.push(coeffs[v * SIZE + u]);
  const ac = low.slice(1);
  const median = [...ac].sort((a, b) => a - b)[ac.length >> 1];
  let hi = 0;
  let lo = 0;
  for (let i = 1; i < 64; i++) {
    if (low[i] <= median) continue;
    if (i < 32) lo |= 1 << i;
    else hi |= 1 << i - 32;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}
function popcount32(x) {
  x -= x >>> 1 & 1431655765;
  x = (x & 858993459) + (x >>> 2 & 858993459);
  x = x + (x >>> 4) & 252645135;
  return Math.imul(x, 16843009) >>> 24;
}
function hamming(a, b) {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}
function phashHex(h) {
  return h.hi.toString(16).padStart(8, "0") + h.lo.toString(16).padStart(8, "0");
}

// src/media/image.ts
import sharp from "sharp";
sharp.concurrency(1);
sharp.cache(false);
function within(work, ms, timedOut) {
  let timer;
  const late = new Promise((resolve) => timer = setTimeout(() => resolve(timedOut), ms));
  work.catch(() => void 0);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
async function decodeImage(bytes, extension, allowedFormats, limits, opts = {}) {
  const seconds = limits.max_decode_seconds;
  const timedOut = {
    problem: {
      code: "limit-exceeded",
      message: `took longer than ${seconds} s to decode (limits.max_decode_seconds); re-encode the image, or raise the limit`,
      evidence: { limit: "max_decode_seconds", value: seconds }
    }
  };
  return within(decodeWithin(bytes, extension, allowedFormats, limits, opts), seconds * 1e3, timedOut);
}
async function decodeWithin(bytes, extension, allowedFormats, limits, opts) {
  const format = sniffImageFormat(bytes);
  if (!format) {
    return { problem: { code: "decode-error", message: "not an image in an accepted format (unrecognised file signature)" } };
  }
  if (!allowedFormats.includes(format)) {
    return {
      problem: {
        code: "format-not-allowed",
        message: `${format.toUpperCase()} is not an accepted format for this dataset (${allowedFormats.join(", ")})`
      }
    };
  }
  const promised = formatForExtension(extension);
  if (promised !== format) {
    return {
      problem: {
        code: "extension-mismatch",
        message: `the extension '.${extension}' does not match the content, which is ${format.toUpperCase()}`,
        evidence: { extension, detected: format }
      }
    };
  }
  try {
    const input = sharp(bytes, { limitInputPixels: limits.max_image_pixels, failOn: "warning", animated: false });
    const meta = await input.metadata();
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (width > limits.max_image_dimension || height > limits.max_image_dimension) {
      return {
        problem: {
          code: "too-many-pixels",
          message: `${width}\xD7${height} exceeds the ${limits.max_image_dimension}-pixel dimension limit`,
          evidence: { width, height }
        }
      };
    }
    if (width * height > limits.max_image_pixels) {
      return {
        problem: {
          code: "too-many-pixels",
          message: `${width}\xD7${height} = ${width * height} pixels exceeds the limit of ${limits.max_image_pixels}`,
          evidence: { width, height }
        }
      };
    }
    const channels = meta.channels ?? 4;
    if (opts.reserve && !await opts.reserve(width * height * channels)) {
      return {
        problem: {
          code: "limit-exceeded",
          message: `was not decoded: its ${width * height * channels} bytes of pixels do not fit in what is left of the scan's budget (limits.max_decoded_bytes ${limits.max_decoded_bytes}); split the pull request or raise the limit`,
          evidence: { limit: "max_decoded_bytes", value: limits.max_decoded_bytes, width, height, channels }
        }
      };
    }
    const pipeline = (channels <= 2 ? input.toColourspace("b-w") : input).timeout({ seconds: Math.max(1, Math.ceil(limits.max_decode_seconds)) });
    const { data, info } = await pipeline.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
    return {
      image: { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data), format }
    };
  } catch (err) {
    const msg = err.message.split("\n")[0] ?? "decode failed";
    if (/timeout/i.test(msg)) return { problem: { code: "limit-exceeded", message: `took longer than ${limits.max_decode_seconds} s to decode (limits.max_decode_seconds)`, evidence: { limit: "max_decode_seconds", value: limits.max_decode_seconds } } };
    if (/pixel limit/i.test(msg)) {
      return { problem: { code: "too-many-pixels", message: `declared size exceeds the pixel limit (${msg})` } };
    }
    return { problem: { code: "decode-error", message: `cannot be decoded as ${format.toUpperCase()}: truncated or corrupt image data` } };
  }
}
function toGray(img) {
  const n = img.width * img.height;
  const out = new Float32Array(n);
  const c = img.channels;
  for (let i = 0; i < n; i++) {
    const o = i * c;
    out[i] = c >= 3 ? 0.299 * img.data[o] + 0.587 * img.data[o + 1] + 0.114 * img.data[o + 2] : img.data[o];
  }
  return out;
}

// src/forensics/gray.ts
function grayOf(img) {
  return { width: img.width, height: img.height, data: toGray(img) };
}
function packGray(g) {
  const data = new Uint8Array(g.data.length);
  for (let i = 0; i < data.length; i++) data[i] = Math.round(g.data[i]);
  return { width: g.width, height: g.height, data };
}
function unpackGray(p) {
  return { width: p.width, height: p.height, data: Float32Array.from(p.data) };
}
function crop(g, x0, y0, w, h) {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(g.height - 1, Math.max(0, y0 + y));
    for (let x = 0; x < w; x++) {
      const sx = Math.min(g.width - 1, Math.max(0, x0 + x));
      out[y * w + x] = g.data[sy * g.width + sx];
    }
  }
  return { width: w, height: h, data: out };
}

// src/forensics/reference.ts
var PIXEL_BUDGET = 64 * 1024 * 1024;
var CONCURRENCY = 4;
function candidateGray(c) {
  return isUsable(c) && c.image ? grayOf(c.image) : void 0;
}
async function decodeReferenceImages(reference) {
  let budget = PIXEL_BUDGET;
  let unreadable = 0;
  const decode = async (sample) => {
    const loaded = await reference.load({ ...sample });
    return candidateGray(loaded);
  };
  const decoded = await mapLimit(reference.samples, CONCURRENCY, async (sample) => {
    const g = await decode(sample);
    if (!g) return void 0;
    const image = { sample, hash: phash(g), width: g.width, height: g.height };
    return { image, g };
  });
  const images = [];
  for (const d of decoded) {
    if (!d) {
      unreadable++;
      continue;
    }
    const px = d.g.width * d.g.height;
    if (px <= budget) {
      d.image.packed = packGray(d.g);
      budget -= px;
    }
    images.push(d.image);
  }
  return {
    images,
    unreadable,
    async gray(image) {
      if (image.packed) return unpackGray(image.packed);
      const g = await decode(image.sample);
      if (!g) throw new Error(`reference image ${image.sample.path} could not be decoded again`);
      return g;
    }
  };
}

export {
  resample,
  decodeImage,
  toGray,
  crop,
  dct2,
  phash,
  hamming,
  phashHex,
  candidateGray,
  decodeReferenceImages
};
