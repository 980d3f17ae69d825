import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  mapLimit
} from "./chunk-JSJXTQR5.js";
import {
  isUsable
} from "./chunk-EQ3EYCYV.js";

// src/media/reference.ts
var LOAD_CONCURRENCY = 8;
async function loadReferenceTexts(reference) {
  const all = await mapLimit(reference.samples, LOAD_CONCURRENCY, (s) => reference.load(s));
  const texts = [];
  for (const l of all) if (isUsable(l) && l.text !== void 0) texts.push({ sample: l.sample, text: l.text });
  return texts;
}
function sampleKey(s) {
  return `${s.path}\0${s.line ?? 0}\0${s.sha256}`;
}

export {
  loadReferenceTexts,
  sampleKey
};
