import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  parsePublicKey,
  parseRecords
} from "./chunk-YLDSK5J7.js";
import {
  joinRepoPath
} from "./chunk-JHSOBUYT.js";
import "./chunk-RX3ZFOCH.js";

// src/detectors/provenance.ts
import { verify } from "node:crypto";
function signedPayload(fields, signatureField) {
  const keys = Object.keys(fields).filter((k) => k !== signatureField).sort();
  const obj = {};
  for (const k of keys) obj[k] = fields[k];
  return Buffer.from(JSON.stringify(obj), "utf8");
}
function checkSignature(rec, sig, keys) {
  const signature = rec.fields[sig.field];
  if (!signature) {
    return sig.required ? { message: `record has no '${sig.field}' but signatures are required` } : void 0;
  }
  const signer = rec.fields[sig.key_field] ?? "";
  const key = keys.get(signer);
  if (!key) return { message: `signer '${signer}' (field '${sig.key_field}') has no key in the policy`, evidence: { signer } };
  if (key instanceof Error) return { message: `the policy's key for '${signer}' is unusable: ${key.message}` };
  const bytes = Buffer.from(signature, "base64");
  let ok;
  try {
    ok = bytes.length === 64 && verify(null, signedPayload(rec.fields, sig.field), key, bytes);
  } catch {
    ok = false;
  }
  return ok ? void 0 : { message: `signature does not verify with the key of '${signer}': the record was altered or not signed by it`, evidence: { signer } };
}
function checkRecord(c, rec, prov, keys) {
  const out = [];
  const missing = prov.required.filter((f) => (rec.fields[f] ?? "").trim() === "");
  if (missing.length > 0) out.push({ message: `record is missing required field(s): ${missing.join(", ")}`, evidence: { missing } });
  for (const [field, allowed] of Object.entries(prov.allowed)) {
    const value = rec.fields[field];
    if (value !== void 0 && value !== "" && !allowed.includes(value)) {
      out.push({ message: `${field} '${value}' is not allowed (allowed: ${allowed.join(", ")})`, evidence: { field, value, allowed } });
    }
  }
  const declared = rec.fields[prov.sha256_field]?.trim().toLowerCase();
  if (declared && c.sample.sha256 && declared !== c.sample.sha256) {
    out.push({
      message: `checksum mismatch: the record says ${prov.sha256_field} ${declared.slice(0, 12)}\u2026, the file's bytes hash to ${c.sample.sha256.slice(0, 12)}\u2026`,
      evidence: { declared, actual: c.sample.sha256 }
    });
  }
  if (prov.signatures) {
    const sig = checkSignature(rec, prov.signatures, keys);
    if (sig) out.push(sig);
  }
  return out;
}
async function readManifest(ctx, prov) {
  const bytes = await ctx.head.read(prov.manifest, ctx.limits.max_file_bytes);
  return parseRecords(prov.manifest, bytes.toString("utf8"), ctx.limits);
}
async function run(ctx) {
  const prov = ctx.dataset.provenance;
  const samples = ctx.candidates.filter((c) => c.problems.every((p) => p.code !== "unrecognised-file"));
  if (!prov || samples.length === 0) return;
  let parsed;
  try {
    parsed = await readManifest(ctx, prov);
  } catch (err) {
    ctx.report({ file: prov.manifest }, { message: `provenance manifest cannot be read: ${err.message}` });
    return;
  }
  for (const p of parsed.problems) ctx.report({ file: prov.manifest, line: p.line }, { message: `provenance manifest line ${p.line} ${p.message}` });
  const byPath = /* @__PURE__ */ new Map();
  for (const rec of parsed.records) {
    const key = rec.fields[prov.key];
    const path = key ? joinRepoPath(ctx.dataset.root, key) : void 0;
    const first = path ? byPath.get(path) : void 0;
    if (!path) {
      ctx.report({ file: prov.manifest, line: rec.line }, { message: `record has no usable '${prov.key}' (a path relative to ${ctx.dataset.root})` });
    } else if (first) {
      ctx.report({ file: prov.manifest, line: rec.line }, { message: `second record for ${key} (first on line ${first.line}); the record must be unambiguous` });
    } else byPath.set(path, rec);
  }
  const keys = /* @__PURE__ */ new Map();
  for (const [signer, text] of Object.entries(prov.signatures?.keys ?? {})) {
    try {
      keys.set(signer, parsePublicKey(text));
    } catch (err) {
      keys.set(signer, err);
    }
  }
  for (const c of samples) {
    const rec = byPath.get(c.sample.path);
    if (!rec) {
      ctx.report(c, { message: `no provenance record in ${prov.manifest}: add one with ${[prov.key, ...prov.required].join(", ")}` });
      continue;
    }
    for (const check of checkRecord(c, rec, prov, keys)) {
      ctx.report(c, { message: `provenance (${prov.manifest}:${rec.line}): ${check.message}`, evidence: { manifest: prov.manifest, record_line: rec.line, ...check.evidence } });
    }
  }
}
export {
  run,
  signedPayload
};
