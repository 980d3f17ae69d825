#!/usr/bin/env node
// Builds the bundled default backbone, models/mobilenet-v2.onnx, and its descriptor
// models/mobilenet-v2.json from the MobileNetV2 weights in the pinned nsfwjs devDependency.
// Offline and deterministic: the same nsfwjs bytes always give the same file.
//   node scripts/models/build-mobilenet.mjs           write both files
//   node scripts/models/build-mobilenet.mjs --check   rebuild in memory; exit 1 if the committed files differ
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kerasToOnnx } from './keras-to-onnx.mjs';
import { ONNX_IR_VERSION, OPSET } from './onnx-builder.mjs';
import { NSFWJS_VERSION, loadNsfwjsMobilenet } from './nsfwjs-source.mjs';

export const MODEL_PATH = 'models/mobilenet-v2.onnx';
export const DESCRIPTOR_PATH = 'models/mobilenet-v2.json';
/** Bumped whenever the converter's output changes for the same source. */
const CONVERTER_VERSION = '1';
const CLASSES = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'];

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @returns {{ onnx: Uint8Array, descriptor: object }} */
export function buildMobilenet() {
  const source = loadNsfwjsMobilenet();
  const graph = kerasToOnnx(source.topology, source.weights, {
    inputName: 'input',
    outputs: { flatten_1: 'features', dense_3: 'probabilities' },
  });
  const onnx = graph.encode({
    producerName: 'poisongate build-mobilenet',
    producerVersion: CONVERTER_VERSION,
    docString:
      'MobileNetV2 (alpha 1.0, 224x224 RGB in [0,1], NCHW) from nsfwjs ' + NSFWJS_VERSION +
      '. features: the 1280-d average-pooled backbone output; probabilities: the NSFW head (' + CLASSES.join(', ') + ').',
    metadata: {
      source: `nsfwjs@${NSFWJS_VERSION} dist/models/mobilenet_v2 (tfjs layers, uint8-quantised)`,
      license: 'MIT (nsfwjs: Infinite Red, Inc.; model: GantMan/nsfw_model)',
      classes: CLASSES.join(','),
    },
  });
  const sha256 = createHash('sha256').update(onnx).digest('hex');
  const descriptor = {
    path: MODEL_PATH,
    sha256,
    input: { name: 'input', layout: 'NCHW', channels: 3, size: [224, 224], scale: 1 / 255, mean: [0, 0, 0], std: [1, 1, 1] },
    output: 'features',
    outputs: {
      features: { shape: ['N', 1280], description: 'average-pooled last feature map (Keras layer flatten_1)' },
      probabilities: { shape: ['N', 5], description: 'softmax of the NSFW head (Keras layer dense_3)', classes: CLASSES },
    },
    source: {
      package: 'nsfwjs',
      version: NSFWJS_VERSION,
      files: source.files,
      license: 'MIT',
      copyright: 'Copyright (c) 2019 Infinite Red, Inc.',
      model: 'GantMan/nsfw_model MobileNetV2 (MIT): Keras MobileNetV2 alpha 1.0, ImageNet weights fine-tuned on NSFW data',
    },
    build: {
      command: 'npm run build:model',
      script: 'scripts/models/build-mobilenet.mjs',
      converter_version: CONVERTER_VERSION,
      onnx: { ir_version: ONNX_IR_VERSION, opset: OPSET },
      weights: 'uint8 codes as shipped, with a 256-entry float32 table per tensor holding tfjs dequantisation (q*scale+min); Cast+Gather rebuild the float32 weights at load',
    },
  };
  return { onnx, descriptor };
}

export function descriptorText(descriptor) {
  return JSON.stringify(descriptor, null, 2) + '\n';
}

function main(args) {
  const { onnx, descriptor } = buildMobilenet();
  const modelFile = join(repoRoot, MODEL_PATH);
  const descriptorFile = join(repoRoot, DESCRIPTOR_PATH);
  if (args.includes('--check')) {
    const problems = [];
    let committed;
    try {
      committed = createHash('sha256').update(readFileSync(modelFile)).digest('hex');
    } catch (err) {
      committed = `unreadable (${err.code ?? err.message})`;
    }
    if (committed !== descriptor.sha256) problems.push(`${MODEL_PATH}: committed ${committed}, rebuilt ${descriptor.sha256}`);
    let text;
    try {
      text = readFileSync(descriptorFile, 'utf8');
    } catch (err) {
      text = `unreadable (${err.code ?? err.message})`;
    }
    if (text !== descriptorText(descriptor)) problems.push(`${DESCRIPTOR_PATH}: differs from the rebuilt descriptor`);
    for (const p of problems) console.error(p);
    if (problems.length > 0) {
      console.error('run `npm run build:model` and commit the result');
      return 1;
    }
    console.log(`${MODEL_PATH} reproduces: ${onnx.length} bytes, sha256 ${descriptor.sha256}`);
    return 0;
  }
  writeFileSync(modelFile, onnx);
  writeFileSync(descriptorFile, descriptorText(descriptor));
  console.log(`wrote ${MODEL_PATH} (${onnx.length} bytes, sha256 ${descriptor.sha256}) and ${DESCRIPTOR_PATH}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`build-mobilenet: ${err.message}`);
    process.exitCode = 2;
  }
}
