// Reads the MobileNetV2 that the nsfwjs package ships (tfjs layers format, uint8-quantised weights,
// wrapped in two browserify bundles) and decodes it exactly as tfjs does. The package version and
// the bytes of both bundles are pinned, so a build from them is reproducible or fails loudly.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

export const NSFWJS_VERSION = '4.4.0';
export const MODEL_DIR = 'dist/models/mobilenet_v2';
/** sha256 of the two bundles in nsfwjs 4.4.0; any other content is refused. */
export const SOURCE_FILES = {
  'dist/models/mobilenet_v2/model.min.js': 'c32f104fd562b08cdff5ed69dfe1209643afa47e792fb12751d2949aa61a397a',
  'dist/models/mobilenet_v2/group1-shard1of1.min.js': 'ef2e0a63f7d2c4960b37b024b669313f65d3c45cd59e9042636c55b39de53517',
};

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The installed nsfwjs package folder, checked to be the pinned version. */
export function locateNsfwjs(from = import.meta.url) {
  const require = createRequire(from);
  let main;
  try {
    main = require.resolve('nsfwjs');
  } catch {
    throw new Error(`nsfwjs is not installed; run npm ci (it is a pinned devDependency, nsfwjs@${NSFWJS_VERSION})`);
  }
  // The package's exports map hides package.json, so walk up from its entry point.
  for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (pkg.name !== 'nsfwjs') continue;
    if (pkg.version !== NSFWJS_VERSION) {
      throw new Error(`${join(dir, 'package.json')}: nsfwjs ${pkg.version} is installed, the build needs ${NSFWJS_VERSION}`);
    }
    return dir;
  }
  throw new Error(`cannot find the nsfwjs package folder above ${main}`);
}

/**
 * Evaluates one browserify bundle and returns what it exports. The bundles only build a literal
 * (the model JSON as an object literal, or the weights as a base64 string); they run in an empty
 * context with no require, process or globals, so they can do nothing else.
 */
function evaluateBundle(file, source) {
  const module = { exports: {} };
  try {
    vm.runInNewContext(source, { module, exports: module.exports }, { filename: file, timeout: 10_000 });
  } catch (err) {
    throw new Error(`${file}: cannot evaluate the bundle: ${err.message}`, { cause: err });
  }
  // Copy out of the sandbox realm so callers get plain objects of this realm.
  return JSON.parse(JSON.stringify(module.exports));
}

function readPinned(pkgDir, rel) {
  const file = join(pkgDir, rel);
  const bytes = readFileSync(file);
  const digest = sha256(bytes);
  if (digest !== SOURCE_FILES[rel]) {
    throw new Error(`${file}: sha256 ${digest} differs from the pinned ${SOURCE_FILES[rel]}; the build would not be reproducible`);
  }
  return { file, text: bytes.toString('utf8') };
}

/**
 * tfjs' dequantisation (tfjs-core io_utils decodeWeight): value = q * scale + min, evaluated in
 * double precision and stored into a Float32Array. The table holds that value for every code.
 */
export function dequantisationTable(min, scale) {
  const table = new Float32Array(256);
  for (let q = 0; q < 256; q++) table[q] = q * scale + min;
  return table;
}

/**
 * @returns {{ topology: object, weights: Map<string, { shape: number[], codes: Uint8Array, table: Float32Array }>,
 *   packageDir: string, files: Record<string, string> }}
 */
export function loadNsfwjsMobilenet(pkgDir = locateNsfwjs()) {
  const [modelRel, shardRel] = Object.keys(SOURCE_FILES);
  const modelFile = readPinned(pkgDir, modelRel);
  const shardFile = readPinned(pkgDir, shardRel);
  const modelJson = evaluateBundle(modelFile.file, modelFile.text);
  const shardBase64 = evaluateBundle(shardFile.file, shardFile.text);
  if (typeof shardBase64 !== 'string') throw new Error(`${shardFile.file}: expected a base64 string export`);
  const manifest = modelJson.weightsManifest;
  if (!Array.isArray(manifest) || manifest.length !== 1 || manifest[0].paths?.length !== 1) {
    throw new Error(`${modelFile.file}: expected one weight group with one shard`);
  }
  const data = Buffer.from(shardBase64, 'base64');
  const weights = new Map();
  let offset = 0;
  for (const spec of manifest[0].weights) {
    const q = spec.quantization;
    if (spec.dtype !== 'float32' || q?.dtype !== 'uint8' || typeof q.min !== 'number' || typeof q.scale !== 'number') {
      throw new Error(`${modelFile.file}: weight ${spec.name} is not float32 quantised to uint8 with min and scale`);
    }
    const size = spec.shape.reduce((a, b) => a * b, 1);
    if (offset + size > data.length) throw new Error(`${shardFile.file}: weight data ends inside ${spec.name}`);
    const codes = new Uint8Array(data.subarray(offset, offset + size));
    weights.set(spec.name, { shape: spec.shape, codes, table: dequantisationTable(q.min, q.scale) });
    offset += size;
  }
  if (offset !== data.length) {
    throw new Error(`${shardFile.file}: ${data.length - offset} bytes of weight data are not described by the manifest`);
  }
  return { topology: modelJson.modelTopology, weights, packageDir: pkgDir, files: { ...SOURCE_FILES } };
}
