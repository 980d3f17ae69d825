#!/usr/bin/env node
// The original model, run the way nsfwjs runs it: nsfwjs loads its bundled MobileNetV2 into a
// tfjs LayersModel (pure-JS CPU backend), and we read the output of its flatten_1 layer (the
// 1280-d features) next to the NSFW probabilities. Used to check the ONNX conversion, never at scan time.
//   node scripts/models/nsfwjs-reference.mjs <224x224 image>...
// prints JSON: { weights: { <name>: sha256 of its float32 values }, images: [{ file, features, probabilities }] }.
// Tests call it as a separate process: tfjs runs several times slower inside jest's module sandbox.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import * as nsfwjs from 'nsfwjs';
import { SIZE, readReferenceInput } from './reference-input.mjs';

export const FEATURES_LAYER = 'flatten_1';

/** Loads nsfwjs' MobileNetV2; `run` takes NHWC float32 pixels in [0,1], as nsfwjs feeds them. */
export async function loadNsfwjsReference() {
  tf.enableProdMode(); // numerics are unchanged; only debug checks and the Node.js backend notice go
  await tf.setBackend('cpu');
  const net = await nsfwjs.load('MobileNetV2', { size: SIZE });
  const model = net.model;
  const probe = tf.model({ inputs: model.inputs, outputs: [model.getLayer(FEATURES_LAYER).output, model.outputs[0]] });
  return {
    model,
    /** @param {Float32Array} nhwc  @param {number} n */
    async run(nhwc, n) {
      const x = tf.tensor4d(nhwc, [n, SIZE, SIZE, 3], 'float32');
      const [features, probabilities] = probe.predict(x);
      const out = { features: await features.data(), probabilities: await probabilities.data() };
      tf.dispose([x, features, probabilities]);
      return out;
    },
    /** sha256 of each weight's float32 values as the model holds them, keyed by Keras weight name. */
    weightDigests() {
      const digests = {};
      for (const layer of model.layers) {
        for (const variable of layer.weights) {
          const values = variable.read().dataSync();
          digests[variable.originalName] = createHash('sha256')
            .update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
            .digest('hex');
        }
      }
      return digests;
    },
    dispose() {
      net.dispose();
    },
  };
}

async function main(files) {
  const info = console.info;
  console.info = () => undefined; // nsfwjs announces the model it loads; stdout carries only the JSON
  const reference = await loadNsfwjsReference();
  console.info = info;
  const images = [];
  for (const file of files) {
    const { features, probabilities } = await reference.run(await readReferenceInput(file), 1);
    images.push({ file, features: Array.from(features), probabilities: Array.from(probabilities) });
  }
  process.stdout.write(JSON.stringify({ weights: reference.weightDigests(), images }) + '\n');
  reference.dispose();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`nsfwjs-reference: ${err.message}`);
    process.exitCode = 2;
  });
}
