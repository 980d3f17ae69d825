import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-JHSOBUYT.js";
import {
  isUsable
} from "./chunk-EQ3EYCYV.js";
import "./chunk-RX3ZFOCH.js";

// src/detectors/integrity.ts
async function run(ctx) {
  for (const c of ctx.candidates) {
    if (isUsable(c)) continue;
    for (const p of c.problems) {
      ctx.report(c, {
        // A file that is provably not training data is a notice whatever the rule's severity.
        severity: p.severity === "notice" ? "notice" : void 0,
        message: `${placeOf(c.sample)} ${p.message}`,
        evidence: { problem: p.code, ...p.evidence ?? {} }
      });
    }
  }
}
export {
  run
};
