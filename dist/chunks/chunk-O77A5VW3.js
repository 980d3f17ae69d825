import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  TopK,
  rowNorms
} from "./chunk-YRF7O2OT.js";
import {
  CATALOG,
  ConfigError,
  FsTree,
  GitTree,
  POLICY_MAX_BYTES,
  PolicyError,
  ReadError,
  SEVERITY_RANK,
  TABLE_EXTENSIONS,
  TOOL_VERSION,
  checkPolicyReferences,
  errorMessage,
  firstInvalidUtf8,
  git,
  gitDir,
  guardedChanges,
  isTableFile,
  isTextModelPolicy,
  lineOfOffset,
  loadPolicy,
  makeFinding,
  packageRoot,
  policyText,
  readTable,
  resolveCommit,
  settle
} from "./chunk-RJJ2UBZA.js";
import {
  parseRecords
} from "./chunk-YLDSK5J7.js";
import {
  loadReferenceTexts
} from "./chunk-3Z2N5X2O.js";
import {
  extensionOf,
  isUnder,
  joinRepoPath,
  placeOf,
  safeRepoPath
} from "./chunk-JHSOBUYT.js";
import {
  decodeImage,
  decodeReferenceImages,
  toGray
} from "./chunk-MBXX4JRQ.js";
import {
  IMAGE_EXTENSIONS,
  TEXT_EXTENSIONS,
  sha256Hex,
  sniffImageFormat
} from "./chunk-ZR6K7QFP.js";
import {
  mapLimit
} from "./chunk-JSJXTQR5.js";
import {
  isUsable
} from "./chunk-EQ3EYCYV.js";

// src/context/changes.ts
function parseNameStatus(out) {
  const parts = out.split("\0");
  const changes = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const from = parts[i++];
      const to = parts[i++];
      changes.push(letter === "R" ? { status: "renamed", path: to, previousPath: from } : { status: "added", path: to });
    } else {
      const path = parts[i++];
      if (letter === "A") changes.push({ status: "added", path });
      else if (letter === "D") changes.push({ status: "removed", path });
      else changes.push({ status: "modified", path });
    }
  }
  return changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function diffChanges(cwd, base, head) {
  const out = await git(cwd, ["diff", "-z", "-M", "--name-status", "--no-ext-diff", `${base}...${head}`]);
  return { source: "git", changes: parseNameStatus(out.toString("utf8")) };
}
async function mergeBaseExists(cwd, base, head) {
  const out = await git(cwd, ["merge-base", base, head], { allowFail: true });
  return out.toString("utf8").trim().length > 0;
}

// src/dataset/candidates.ts
function selectCandidates(dataset, head, base, changes) {
  if (!base) return { candidates: head.samples, problems: head.problems, removed: [] };
  if (dataset.layout === "table") return selectChangedRows(head, base, changes);
  const changed = new Set(changes.filter((c) => c.status !== "removed").map((c) => c.path));
  const baseByPath = new Map(base.samples.map((s) => [s.path, s]));
  const headPaths = new Set(head.samples.map((s) => s.path));
  const manifestChanged = head.manifest !== void 0 && changed.has(head.manifest);
  const candidates = head.samples.filter((s) => {
    if (changed.has(s.path)) return true;
    const before = baseByPath.get(s.path);
    return !before || before.label !== s.label;
  });
  const problems = head.problems.filter((p) => changed.has(p.path) && (p.path !== head.manifest || manifestChanged));
  if (dataset.layout !== "imagefolder") {
    for (const c of changes) {
      if (c.status !== "removed" && isUnder(c.path, dataset.root) && c.path !== head.manifest && !headPaths.has(c.path)) {
        problems.push({
          path: c.path,
          severity: "notice",
          message: `is not listed in ${head.manifest}, so it is not part of the dataset and was not checked`
        });
      }
    }
  }
  const removed = base.samples.filter((s) => !headPaths.has(s.path));
  return { candidates, problems, removed };
}
function rowKey(s) {
  return `${s.label}\0${s.inline ?? ""}`;
}
function byPosition(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
function selectChangedRows(head, base, changes) {
  const changed = new Set(changes.filter((c) => c.status !== "removed").map((c) => c.path));
  const available = /* @__PURE__ */ new Map();
  for (const s of base.samples) available.set(rowKey(s), (available.get(rowKey(s)) ?? 0) + 1);
  const ordered = [...head.samples].sort((a, b) => Number(changed.has(a.path)) - Number(changed.has(b.path)) || byPosition(a, b));
  const candidates = [];
  for (const s of ordered) {
    const key2 = rowKey(s);
    const left = available.get(key2) ?? 0;
    if (left > 0) available.set(key2, left - 1);
    else candidates.push(s);
  }
  const removed = [];
  const headCount = /* @__PURE__ */ new Map();
  for (const s of head.samples) headCount.set(rowKey(s), (headCount.get(rowKey(s)) ?? 0) + 1);
  const unreadable = new Set(head.problems.filter((p) => p.line === void 0 || !p.fingerprint).map((p) => p.path));
  for (const s of [...base.samples].sort(byPosition)) {
    if (unreadable.has(s.path)) continue;
    const key2 = rowKey(s);
    const left = headCount.get(key2) ?? 0;
    if (left > 0) headCount.set(key2, left - 1);
    else removed.push(s);
  }
  const known = /* @__PURE__ */ new Map();
  for (const p of base.problems) if (p.fingerprint) known.set(p.fingerprint, (known.get(p.fingerprint) ?? 0) + 1);
  const problems = head.problems.filter((p) => {
    if (!changed.has(p.path)) return false;
    const left = p.fingerprint ? known.get(p.fingerprint) ?? 0 : 0;
    if (left === 0) return true;
    known.set(p.fingerprint, left - 1);
    return false;
  });
  return { candidates: candidates.sort(byPosition), problems, removed };
}

// src/context/lfs.ts
import { promises as fs } from "node:fs";
import { join } from "node:path";
var POINTER_MAX = 1024;
function parseLfsPointer(bytes) {
  if (bytes.length > POINTER_MAX) return void 0;
  const text = Buffer.from(bytes).toString("utf8");
  if (!text.startsWith("version https://git-lfs.github.com/spec/v1\n")) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  if (!oid || size === void 0) return void 0;
  return { oid, size: Number(size) };
}
async function readLfsObject(gitDirectory, ptr, maxBytes) {
  if (ptr.size > maxBytes) return { status: "too-large" };
  const file = join(gitDirectory, "lfs", "objects", ptr.oid.slice(0, 2), ptr.oid.slice(2, 4), ptr.oid);
  let bytes;
  try {
    const st = await fs.lstat(file);
    if (!st.isFile()) return { status: "missing" };
    if (st.size > maxBytes) return { status: "too-large" };
    bytes = await fs.readFile(file);
  } catch {
    return { status: "missing" };
  }
  const actual = sha256Hex(bytes);
  return actual === ptr.oid ? { status: "fetched", bytes } : { status: "corrupt", actual };
}

// src/context/content.ts
async function readContent(path, tree, maxBytes, gitDir2) {
  let bytes;
  try {
    bytes = await tree.read(path, maxBytes);
  } catch (err) {
    if (err instanceof ReadError) return { problem: { code: err.code, message: err.message.startsWith(`${path} `) ? err.message.slice(path.length + 1) : err.message } };
    return { problem: { code: "unreadable", message: `cannot be read: ${err.message}` } };
  }
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return { bytes };
  const content = gitDir2 ? await readLfsObject(gitDir2, pointer, maxBytes) : { status: "missing" };
  const lfs = { oid: pointer.oid, size: pointer.size, fetched: content.status === "fetched" };
  switch (content.status) {
    case "fetched":
      return { bytes: content.bytes, lfs };
    case "missing":
      return {
        lfs,
        oid: pointer.oid,
        problem: {
          code: "lfs-pointer",
          message: "is a Git LFS pointer whose content was not fetched: set 'lfs: true' on actions/checkout (or run 'git lfs pull')",
          evidence: { oid: pointer.oid, size: pointer.size }
        }
      };
    case "too-large":
      return { lfs, problem: { code: "too-large", message: `LFS content of ${pointer.size} bytes is over the limit of ${maxBytes}` } };
    case "corrupt":
      return {
        lfs,
        problem: {
          code: "lfs-corrupt",
          message: `LFS content does not match its pointer: sha256 ${content.actual.slice(0, 12)}\u2026 \u2260 oid ${pointer.oid.slice(0, 12)}\u2026`,
          evidence: { oid: pointer.oid, actual: content.actual }
        }
      };
  }
}

// src/util/glob.ts
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
var compiled = /* @__PURE__ */ new Map();
function cachedGlob(glob) {
  let re = compiled.get(glob);
  if (!re) {
    if (compiled.size > 1e4) compiled.clear();
    compiled.set(glob, re = globToRegExp(glob));
  }
  return re;
}
function matchesAny(path, globs) {
  return globs.some((g) => cachedGlob(g).test(path));
}

// src/dataset/layout.ts
var SPLITS = /* @__PURE__ */ new Set(["train", "training", "val", "valid", "validation", "dev", "test", "testing"]);
function sampleExtensions(dataset) {
  return dataset.modality === "image" ? IMAGE_EXTENSIONS : TEXT_EXTENSIONS;
}
async function listDataset(tree, dataset, limits, gitDir2) {
  if (dataset.layout === "imagefolder") return listFolder(tree, dataset);
  if (dataset.layout === "table") return listTables(tree, dataset, limits, gitDir2);
  return listManifest(tree, dataset, limits, gitDir2);
}
function isIgnored(dataset, rel, sampleExtension) {
  if (dataset.ignoreDefault && sampleExtension) return false;
  return matchesAny(rel, dataset.ignore);
}
function newSample(dataset, path, label) {
  return { path, label, dataset: dataset.name, modality: dataset.modality, sha256: "" };
}
async function listTables(tree, dataset, limits, gitDir2) {
  const samples = [];
  const problems = [];
  let bytesLeft = limits.max_scan_bytes;
  for (const entry of await tree.list(dataset.root)) {
    if (isIgnored(dataset, entry.path.slice(dataset.root.length + 1), isTableFile(entry.path))) continue;
    if (!isTableFile(entry.path)) {
      problems.push({
        path: entry.path,
        message: `is not a table this dataset reads (${TABLE_EXTENSIONS.map((e) => `.${e}`).join(", ")}); add it to 'ignore' if it is not training data`
      });
      continue;
    }
    if (entry.size > bytesLeft) {
      problems.push({ path: entry.path, message: `was not read: the tables of this dataset are over the scan's byte budget (limits.max_scan_bytes ${limits.max_scan_bytes})` });
      continue;
    }
    const content = await readContent(entry.path, tree, limits.max_file_bytes, gitDir2);
    if ("problem" in content) {
      problems.push({ path: entry.path, message: content.problem.message });
      continue;
    }
    bytesLeft -= content.bytes.length;
    const table = await readTable(entry.path, content.bytes, dataset.columns, limits);
    for (const p of table.problems) problems.push({ path: entry.path, line: p.line, message: p.message, fingerprint: p.fingerprint });
    for (const row of table.rows) {
      samples.push({ ...newSample(dataset, entry.path, row.label), line: row.line, inline: row.text, sha256: sha256Hex(row.text) });
    }
  }
  return { samples, problems };
}
async function listFolder(tree, dataset) {
  const samples = [];
  const problems = [];
  const exts = new Set(sampleExtensions(dataset));
  for (const entry of await tree.list(dataset.root)) {
    const rel = entry.path.slice(dataset.root.length + 1);
    if (isIgnored(dataset, rel, exts.has(extensionOf(entry.path)))) continue;
    const parts = rel.split("/");
    const label = SPLITS.has(parts[0].toLowerCase()) && parts.length >= 3 ? parts[1] : parts[0];
    if (parts.length < 2 || SPLITS.has(parts[0].toLowerCase()) && parts.length < 3) {
      problems.push({ path: entry.path, message: "is not inside a class folder (<root>/[split/]<class>/<file>)" });
    } else if (!exts.has(extensionOf(entry.path))) {
      problems.push({
        path: entry.path,
        message: `is not a ${dataset.modality} sample this dataset accepts (extension '.${extensionOf(entry.path)}'); add it to 'ignore' if it is not training data`
      });
    } else samples.push(newSample(dataset, entry.path, label));
  }
  return { samples, problems };
}
async function listManifest(tree, dataset, limits, gitDir2) {
  const manifest = dataset.manifest;
  const problems = [];
  const content = await readContent(manifest, tree, limits.max_file_bytes, gitDir2);
  if ("problem" in content) {
    return { samples: [], problems: [{ path: manifest, message: `(the dataset's manifest) ${content.problem.message}` }], manifest };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content.bytes);
  } catch {
    const offset = firstInvalidUtf8(content.bytes);
    return { samples: [], problems: [{ path: manifest, line: lineOfOffset(content.bytes, offset), message: `(the dataset's manifest) is not valid UTF-8 (first bad byte at offset ${offset}); no row was read` }], manifest };
  }
  const dir = manifest.includes("/") ? manifest.slice(0, manifest.lastIndexOf("/")) : "";
  const parsed = parseRecords(manifest, text, limits);
  for (const p of parsed.problems) problems.push({ path: manifest, line: p.line, message: p.message });
  const samples = [];
  const seen = /* @__PURE__ */ new Map();
  for (const rec of parsed.records) {
    const rawPath = rec.fields[dataset.columns.path] ?? (dataset.columns.path === "path" ? rec.fields["file_name"] : void 0);
    const label = rec.fields[dataset.columns.label];
    if (!rawPath) {
      problems.push({ path: manifest, line: rec.line, message: `row has no '${dataset.columns.path}' value` });
      continue;
    }
    if (label === void 0 || label === "") {
      problems.push({ path: manifest, line: rec.line, message: `row has no '${dataset.columns.label}' value` });
      continue;
    }
    const path = joinRepoPath(dir, rawPath);
    if (!path || !isUnder(path, dataset.root)) {
      problems.push({
        path: manifest,
        line: rec.line,
        message: `sample path '${rawPath}' leaves the dataset root '${dataset.root}'`
      });
      continue;
    }
    const prev = seen.get(path);
    if (prev !== void 0) {
      problems.push({ path: manifest, line: rec.line, message: `sample '${rawPath}' is listed twice (also line ${prev})` });
      continue;
    }
    seen.set(path, rec.line);
    samples.push(newSample(dataset, path, label));
  }
  return { samples, problems, manifest };
}

// src/dataset/reference.ts
function capReference(samples, perClass, total) {
  if (samples.length <= total && perClass === void 0) return [...samples].sort(byPosition2);
  const rank = new Map(samples.map((s) => [s, sha256Hex(s.inline !== void 0 ? `${s.label}\0${s.inline}` : s.path)]));
  const byRank = (a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra < rb ? -1 : ra > rb ? 1 : byPosition2(a, b);
  };
  let kept = [...samples];
  if (perClass !== void 0) {
    const byClass = /* @__PURE__ */ new Map();
    for (const s of kept) {
      const list = byClass.get(s.label);
      if (list) list.push(s);
      else byClass.set(s.label, [s]);
    }
    kept = [...byClass.values()].flatMap((list) => list.sort(byRank).slice(0, perClass));
  }
  if (kept.length > total) kept = kept.sort(byRank).slice(0, total);
  return kept.sort(byPosition2);
}
function byPosition2(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

// src/embed/model.ts
import { existsSync, promises as fs2, readFileSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
var ModelError = class extends ConfigError {
  /** Repo-relative path of the model, when it comes from the repository (findings point at it). */
  path;
  constructor(message) {
    super(message);
    this.name = "ModelError";
  }
};
var DEFAULT_MODEL_DESCRIPTOR = "models/mobilenet-v2.json";
var MAX_MODEL_BYTES = 1024 * 1024 * 1024;
var PIXELS_PREPROCESSING = {
  width: 16,
  height: 16,
  channels: 3,
  layout: "NHWC",
  scale: 1 / 255,
  mean: [],
  std: []
};
var DEFAULT_BATCH = 32;
function fromPolicy(m, source) {
  const [height, width] = m.input.size;
  return {
    kind: "onnx",
    path: m.path,
    source,
    sha256: m.sha256.toLowerCase(),
    inputName: m.input.name,
    outputName: m.output,
    pre: {
      width,
      height,
      channels: m.input.channels,
      layout: m.input.layout,
      scale: m.input.scale ?? 1,
      mean: m.input.mean ?? [],
      std: m.input.std ?? []
    },
    batchSize: m.batch_size ?? DEFAULT_BATCH
  };
}
function bundledSpec() {
  let root;
  try {
    root = packageRoot();
  } catch (err) {
    throw new ModelError(`the bundled default model cannot be located: ${errorMessage(err)}`);
  }
  const file = join2(root, DEFAULT_MODEL_DESCRIPTOR);
  if (!existsSync(file)) {
    throw new ModelError(
      `model 'default' needs the bundled backbone descriptor ${DEFAULT_MODEL_DESCRIPTOR}, which this installation does not contain; name the team's own ONNX model in the policy or use 'pixels'`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new ModelError(`${DEFAULT_MODEL_DESCRIPTOR} is not valid JSON: ${errorMessage(err)}`);
  }
  const ok = typeof parsed?.path === "string" && /^[0-9a-f]{64}$/i.test(parsed.sha256 ?? "") && typeof parsed.input?.name === "string" && Array.isArray(parsed.input?.size) && typeof parsed.output === "string";
  if (!ok) throw new ModelError(`${DEFAULT_MODEL_DESCRIPTOR} lacks path, sha256, input.name, input.size or output`);
  return fromPolicy(parsed, "bundled");
}
function resolveModel(dataset) {
  const m = dataset.model ?? "default";
  if (m === "pixels") return { kind: "pixels", pre: PIXELS_PREPROCESSING, batchSize: 256 };
  if (m === "default") return bundledSpec();
  if (m === "ngrams" || isTextModelPolicy(m)) throw new ModelError(`dataset ${dataset.name}: a text model cannot embed images`);
  return fromPolicy(m, "repository");
}
async function readModelBytes(spec, tree, gitDirectory) {
  if (spec.source === "bundled") {
    const root = packageRoot();
    const file = [join2(root, spec.path), join2(root, dirname(DEFAULT_MODEL_DESCRIPTOR), spec.path)].find((f) => existsSync(f));
    try {
      if (!file) throw Object.assign(new Error("not found"), { code: "ENOENT" });
      return await fs2.readFile(file);
    } catch (err) {
      throw new ModelError(`bundled model ${spec.path} cannot be read: ${err.code ?? errorMessage(err)}`);
    }
  }
  return readRepositoryFile(spec.path, "model", tree, gitDirectory, MAX_MODEL_BYTES);
}
async function readRepositoryFile(path, what, tree, gitDirectory, maxBytes) {
  if (!safeRepoPath(path)) throw new ModelError(`${what} path '${path}' is not a repo-relative path`);
  let bytes;
  try {
    bytes = await tree.read(path, maxBytes);
  } catch (err) {
    const why = err instanceof ReadError ? err.message : errorMessage(err);
    throw new ModelError(`${what} ${path} cannot be read from ${tree.label}: ${why}`);
  }
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return bytes;
  const content = gitDirectory ? await readLfsObject(gitDirectory, pointer, maxBytes) : { status: "missing" };
  if (content.status === "fetched") return content.bytes;
  throw new ModelError(
    content.status === "missing" ? `${what} ${path} is a Git LFS pointer whose content was not fetched: set 'lfs: true' on actions/checkout (or run 'git lfs pull')` : `${what} ${path}: Git LFS content is ${content.status === "too-large" ? "over the size limit" : "corrupt (does not match its pointer)"}`
  );
}

// src/embed/onnx.ts
import { availableParallelism } from "node:os";

// src/util/ort.ts
import ort from "onnxruntime-node";
process.env["ORT_DISABLE_TELEMETRY"] = "1";
ort.env.logLevel = "fatal";
var ort_default = ort;

// src/embed/preprocess.ts
import sharp from "sharp";
function tensorSize(pre) {
  return pre.width * pre.height * pre.channels;
}
function matchChannels(img, channels) {
  const n = img.width * img.height;
  if (channels === 1) {
    if (img.channels === 1) return img.data;
    const gray = toGray(img);
    const out2 = new Uint8Array(n);
    for (let i = 0; i < n; i++) out2[i] = Math.round(gray[i]);
    return out2;
  }
  const out = new Uint8Array(n * 3);
  const c = img.channels;
  for (let i = 0; i < n; i++) {
    const o = i * c;
    if (c >= 3) {
      out[i * 3] = img.data[o];
      out[i * 3 + 1] = img.data[o + 1];
      out[i * 3 + 2] = img.data[o + 2];
    } else {
      const g = img.data[o];
      out[i * 3] = g;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = g;
    }
  }
  return out;
}
async function resize(pixels, width, height, channels, pre) {
  if (width === pre.width && height === pre.height) return pixels;
  const out = await sharp(pixels, { raw: { width, height, channels } }).resize(pre.width, pre.height, { fit: "fill", kernel: "lanczos3" }).raw({ depth: "uchar" }).toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
async function toTensor(img, pre, out) {
  const pixels = await resize(matchChannels(img, pre.channels), img.width, img.height, pre.channels, pre);
  const size = tensorSize(pre);
  const tensor = out ?? new Float32Array(size);
  const plane = pre.width * pre.height;
  const c = pre.channels;
  for (let ch = 0; ch < c; ch++) {
    const mean = pre.mean.length === 0 ? 0 : pre.mean[ch] ?? pre.mean[0];
    const std = pre.std.length === 0 ? 1 : pre.std[ch] ?? pre.std[0];
    for (let i = 0; i < plane; i++) {
      const v = (pixels[i * c + ch] * pre.scale - mean) / std;
      tensor[pre.layout === "NCHW" ? ch * plane + i : i * c + ch] = v;
    }
  }
  return tensor;
}

// src/embed/onnx.ts
function ortThreads() {
  const env = Number(process.env["POISONGATE_ORT_THREADS"]);
  return Number.isInteger(env) && env > 0 ? env : Math.min(4, availableParallelism());
}
function checkInputShape(spec, meta) {
  if (!meta || !meta.isTensor) return;
  const shape = meta.shape;
  if (meta.type !== "float32") {
    throw new ModelError(`model ${spec.path}: input '${spec.inputName}' is ${meta.type}, but poisongate feeds float32`);
  }
  if (shape.length !== 4) {
    throw new ModelError(`model ${spec.path}: input '${spec.inputName}' has rank ${shape.length}; an image model takes [N, C, H, W] or [N, H, W, C]`);
  }
  const p = spec.pre;
  const want = p.layout === "NCHW" ? [p.channels, p.height, p.width] : [p.height, p.width, p.channels];
  const got = shape.slice(1);
  for (let i = 0; i < 3; i++) {
    const g = got[i];
    if (typeof g === "number" && g > 0 && g !== want[i]) {
      throw new ModelError(
        `model ${spec.path}: input '${spec.inputName}' is [${shape.join(", ")}], but the policy declares ${p.layout} with ${p.channels} channel(s) at ${p.height}\xD7${p.width}`
      );
    }
  }
}
var OnnxEmbedder = class {
  constructor(session2, spec, fixedBatch) {
    this.session = session2;
    this.spec = spec;
    this.fixedBatch = fixedBatch;
    this.id = `${spec.sha256}:${spec.inputName}:${spec.outputName}`;
    this.pre = spec.pre;
    this.batchSize = fixedBatch ?? spec.batchSize;
  }
  session;
  spec;
  fixedBatch;
  id;
  pre;
  batchSize;
  async embed(batch, n) {
    const p = this.pre;
    const run = this.fixedBatch ?? n;
    const size = tensorSize(p);
    let data = batch.subarray(0, n * size);
    if (run > n) {
      data = new Float32Array(run * size);
      data.set(batch.subarray(0, n * size));
    }
    const dims = p.layout === "NCHW" ? [run, p.channels, p.height, p.width] : [run, p.height, p.width, p.channels];
    const input = new ort_default.Tensor("float32", data, dims);
    let result;
    try {
      result = await this.session.run({ [this.spec.inputName]: input }, [this.spec.outputName]);
    } catch (err) {
      throw new ModelError(`model ${this.spec.path} failed to run: ${errorMessage(err)}`);
    }
    const out = result[this.spec.outputName];
    if (!out || out.type !== "float32") {
      throw new ModelError(`model ${this.spec.path}: output '${this.spec.outputName}' is ${out?.type ?? "missing"}, expected float32 features`);
    }
    const values = out.data;
    if (out.dims[0] !== run || values.length % run !== 0 || values.length === 0) {
      throw new ModelError(`model ${this.spec.path}: output '${this.spec.outputName}' has shape [${out.dims.join(", ")}] for a batch of ${run}`);
    }
    const dim = values.length / run;
    return { dim, data: values.slice(0, n * dim) };
  }
  async release() {
    await this.session.release();
  }
};
function verifyPin(bytes, path, pinned, what) {
  const actual = sha256Hex(bytes);
  if (actual !== pinned) {
    throw new ModelError(
      `${what} ${path}: sha256 ${actual} does not match the pinned ${pinned}; the file changed since it was pinned. Review the ${what}, then update the pin in the policy.`
    );
  }
}
async function createSession(bytes, path, threads) {
  try {
    return await ort_default.InferenceSession.create(bytes, {
      intraOpNumThreads: threads ?? ortThreads(),
      interOpNumThreads: 1,
      executionMode: "sequential",
      graphOptimizationLevel: "all",
      logSeverityLevel: 4
    });
  } catch (err) {
    throw new ModelError(`model ${path} is not an ONNX model this runtime can load: ${errorMessage(err).split("\n")[0]}`);
  }
}
function describeNames(names) {
  return names.length === 0 ? "none" : names.join(", ");
}
async function openOnnxEmbedder(spec, bytes, opts = {}) {
  verifyPin(bytes, spec.path, spec.sha256, "model");
  const session2 = await createSession(bytes, spec.path, opts.threads);
  if (!session2.inputNames.includes(spec.inputName)) {
    await session2.release();
    throw new ModelError(`model ${spec.path} has no input '${spec.inputName}' (inputs: ${describeNames(session2.inputNames)})`);
  }
  if (!session2.outputNames.includes(spec.outputName)) {
    await session2.release();
    throw new ModelError(`model ${spec.path} has no output '${spec.outputName}' (outputs: ${describeNames(session2.outputNames)})`);
  }
  const meta = session2.inputMetadata[session2.inputNames.indexOf(spec.inputName)];
  try {
    checkInputShape(spec, meta);
  } catch (err) {
    await session2.release();
    throw err;
  }
  const batchDim = meta?.isTensor ? meta.shape[0] : void 0;
  return new OnnxEmbedder(session2, spec, typeof batchDim === "number" && batchDim > 0 ? batchDim : void 0);
}

// src/util/progress.ts
var noProgress = { start: () => {
}, tick: () => {
}, end: () => {
} };
async function stage(progress, name, total, fn) {
  progress.start(name, total);
  try {
    return await fn();
  } finally {
    progress.end();
  }
}

// src/embed/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { promises as fs3 } from "node:fs";
import { join as join3 } from "node:path";
var MAGIC = Buffer.from("PGE1");
var HEADER = 8;
var TRAILER = 32;
var EmbeddingCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Key of one sample's vector: any change of model, preprocessing (JSON) or content gives another key. */
  static key(modelId, pre, sampleSha256) {
    return createHash("sha256").update(`poisongate-embedding-v1\0${modelId}\0${JSON.stringify(pre)}\0${sampleSha256}`).digest("hex");
  }
  file(key2) {
    return join3(this.dir, key2.slice(0, 2), `${key2}.emb`);
  }
  async get(key2) {
    let bytes;
    try {
      bytes = await fs3.readFile(this.file(key2));
    } catch {
      return { status: "miss" };
    }
    if (bytes.length < HEADER + TRAILER || !bytes.subarray(0, 4).equals(MAGIC)) return { status: "corrupt" };
    const dim = bytes.readUInt32LE(4);
    if (bytes.length !== HEADER + dim * 4 + TRAILER) return { status: "corrupt" };
    const body = bytes.subarray(0, HEADER + dim * 4);
    const sum = createHash("sha256").update(body).digest();
    if (!sum.equals(bytes.subarray(HEADER + dim * 4))) return { status: "corrupt" };
    const vector = new Float32Array(dim);
    Buffer.from(vector.buffer).set(bytes.subarray(HEADER, HEADER + dim * 4));
    return { status: "hit", vector };
  }
  async put(key2, vector) {
    const body = Buffer.alloc(HEADER + vector.length * 4);
    MAGIC.copy(body, 0);
    body.writeUInt32LE(vector.length, 4);
    Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(body, HEADER);
    const sum = createHash("sha256").update(body).digest();
    const file = this.file(key2);
    await fs3.mkdir(join3(this.dir, key2.slice(0, 2)), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    await fs3.writeFile(tmp, Buffer.concat([body, sum]));
    await fs3.rename(tmp, file);
  }
};

// src/embed/pipeline.ts
function limiter(n) {
  let active = 0;
  const waiting = [];
  return async (fn) => {
    if (active >= n) await new Promise((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
function imageEncoder(embedder) {
  const size = tensorSize(embedder.pre);
  const input = new Float32Array(embedder.batchSize * size);
  return {
    id: embedder.id,
    pre: embedder.pre,
    batchSize: embedder.batchSize,
    prepare: (img) => toTensor(img, embedder.pre),
    run: (tensors) => {
      tensors.forEach((t, j) => input.set(t, j * size));
      return embedder.embed(input, tensors.length);
    },
    release: () => embedder.release()
  };
}
function embedSources(embedder, sources, opts) {
  return embedAll(
    imageEncoder(embedder),
    sources.map((s) => ({ sha256: () => s.sha256(), content: () => s.image() })),
    opts
  );
}
async function embedAll(encoder, sources, opts) {
  const progress = opts.progress?.reporter ?? noProgress;
  progress.start(opts.progress?.label ?? "embedding", sources.length);
  try {
    return await embedInOrder(encoder, sources, opts, progress);
  } finally {
    progress.end();
  }
}
async function embedInOrder(encoder, sources, opts, progress) {
  const started = Date.now();
  const n = sources.length;
  const batch = encoder.batchSize;
  const window = batch * 2;
  const stats = { samples: n, cacheHits: 0, cacheCorrupt: 0, embedded: 0, problems: 0, inferenceMs: 0, wallMs: 0 };
  const vectors = new Array(n);
  const problems = new Array(n);
  const limit = limiter(Math.max(1, opts.concurrency));
  const cache = encoder.cacheable === false ? void 0 : opts.cache;
  const prepare = async (src) => {
    let key2;
    let corrupt = false;
    if (cache) {
      const sha = await src.sha256();
      if (typeof sha !== "string") return sha;
      key2 = EmbeddingCache.key(encoder.id, encoder.pre, sha);
      const hit = await cache.get(key2);
      if (hit.status === "hit") return { vector: hit.vector };
      corrupt = hit.status === "corrupt";
    }
    const content = await src.content();
    if (isProblem(content)) return content;
    return { input: await encoder.prepare(content), ...key2 ? { key: key2 } : {}, corrupt };
  };
  const prepared = new Array(n);
  let startedUpTo = 0;
  const ensure = (upTo) => {
    for (; startedUpTo < Math.min(n, upTo); startedUpTo++) {
      const src = sources[startedUpTo];
      prepared[startedUpTo] = limit(() => prepare(src));
    }
  };
  let dim = 0;
  const writes = [];
  let pos = 0;
  while (pos < n) {
    opts.signal?.throwIfAborted();
    const members = [];
    const inputs = [];
    while (pos < n && members.length < batch) {
      ensure(pos + window);
      const r = await prepared[pos];
      prepared[pos] = void 0;
      if ("vector" in r) {
        vectors[pos] = r.vector;
        stats.cacheHits++;
      } else if ("problem" in r) {
        problems[pos] = r.problem;
        stats.problems++;
      } else {
        inputs.push(r.input);
        members.push({ index: pos, ...r.key ? { key: r.key } : {} });
        if (r.corrupt) stats.cacheCorrupt++;
      }
      pos++;
    }
    if (members.length === 0) {
      progress.tick(pos);
      continue;
    }
    ensure(pos + window);
    const t = Date.now();
    const out = await encoder.run(inputs);
    stats.inferenceMs += Date.now() - t;
    dim = out.dim;
    members.forEach((m, j) => {
      const v = out.data.slice(j * out.dim, (j + 1) * out.dim);
      vectors[m.index] = v;
      if (cache && m.key) writes.push(cache.put(m.key, v));
    });
    stats.embedded += members.length;
    progress.tick(pos);
  }
  await Promise.allSettled(writes);
  if (dim === 0) dim = vectors.find((v) => v)?.length ?? 0;
  for (const v of vectors) {
    if (v && v.length !== dim) throw new Error(`embedding dimension changed within one model (${v.length} \u2260 ${dim}); clear the embedding cache`);
  }
  stats.wallMs = Date.now() - started;
  return { dim, vectors, problems, stats };
}
function isProblem(x) {
  return typeof x === "object" && x !== null && !ArrayBuffer.isView(x) && typeof x.problem === "string";
}

// src/embed/text-ngrams.ts
var TEXT_NGRAM_DEFAULTS = { dim: 1024, minN: 3, maxN: 5, maxChars: 2e4 };
function textNgramEmbedderId(options = {}) {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  return `text-ngrams-v1:dim=${o.dim}:n=${o.minN}-${o.maxN}:max=${o.maxChars}`;
}
var INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
function normalizeForEmbedding(text) {
  const t = text.replace(INVISIBLE, "").normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
  return t === "" ? "" : ` ${t} `;
}
var imul = Math.imul;
var ln = Math.log;
function fnv1a(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = imul(h, 16777619);
  }
  return h >>> 0;
}
function mix(h) {
  h ^= h >>> 16;
  h = imul(h, 2246822507);
  h ^= h >>> 13;
  h = imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function embedTextNgrams(text, options = {}) {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  if (!Number.isInteger(o.dim) || o.dim < 1) throw new RangeError(`dim must be a positive integer, got ${o.dim}`);
  if (!Number.isInteger(o.minN) || o.minN < 1 || o.maxN < o.minN) throw new RangeError(`invalid n-gram range ${o.minN}-${o.maxN}`);
  const chars = Array.from(normalizeForEmbedding(text)).slice(0, o.maxChars);
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < chars.length; i++) {
    let gram = "";
    for (let n = 1; n <= o.maxN && i + n <= chars.length; n++) {
      gram += chars[i + n - 1];
      if (n >= o.minN) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  const acc = new Float64Array(o.dim);
  for (const [gram, count] of counts) {
    const h = fnv1a(gram);
    const sign = mix(h) & 1 ? -1 : 1;
    acc[h % o.dim] += sign * (1 + ln(count));
  }
  let norm = 0;
  for (const v of acc) norm += v * v;
  const out = new Float32Array(o.dim);
  if (norm === 0) return out;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < o.dim; i++) out[i] = acc[i] * inv;
  return out;
}
function ngramEncoder(options = {}) {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  return {
    id: textNgramEmbedderId(o),
    pre: {},
    batchSize: 256,
    // Measured: reading 5 000 rows back from the cache takes as long as embedding them again
    // (~0.5 s), and each entry costs 4 KB of disk; so the vectors are recomputed every scan.
    cacheable: false,
    prepare: async (text) => embedTextNgrams(text, o),
    run: async (vectors) => {
      const data = new Float32Array(vectors.length * o.dim);
      vectors.forEach((v, i) => data.set(v, i * o.dim));
      return { dim: o.dim, data };
    },
    release: async () => {
    }
  };
}

// src/embed/wordpiece.ts
var TokenizerError = class extends ModelError {
  constructor(message) {
    super(message);
    this.name = "TokenizerError";
  }
};
var MAX_VOCAB = 2e6;
var WORD_CACHE = 1e5;
var CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;
var WHITE_SPACE = new RegExp("\\p{White_Space}", "u");
var NONSPACING_MARK = new RegExp("\\p{Mn}", "gu");
var PUNCTUATION = new RegExp("\\p{P}", "u");
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
function isChinese(cp) {
  return cp >= 19968 && cp <= 40959 || cp >= 13312 && cp <= 19903 || cp >= 131072 && cp <= 173791 || cp >= 173824 && cp <= 177983 || cp >= 177984 && cp <= 178207 || cp >= 178464 && cp <= 183983 || cp >= 63744 && cp <= 64255 || cp >= 194560 && cp <= 195103;
}
var isWhiteSpace = (ch) => ch === "	" || ch === "\n" || ch === "\r" || WHITE_SPACE.test(ch);
function bertNormalize(text, n) {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (n.cleanText) {
      if (cp === 0 || cp === 65533 || ch !== "	" && ch !== "\n" && ch !== "\r" && CONTROL.test(ch)) continue;
      if (isWhiteSpace(ch)) {
        out += " ";
        continue;
      }
    }
    out += n.handleChineseChars && isChinese(cp) ? ` ${ch} ` : ch;
  }
  if (n.stripAccents) out = out.normalize("NFD").replace(NONSPACING_MARK, "");
  if (n.lowercase) {
    let lower = "";
    for (const ch of out) lower += ch.toLowerCase();
    out = lower;
  }
  return out;
}
function bertPreTokenize(text) {
  const words = [];
  let word = "";
  for (const ch of text) {
    if (isWhiteSpace(ch)) {
      if (word) words.push(word);
      word = "";
    } else if (ASCII_PUNCTUATION.test(ch) || PUNCTUATION.test(ch)) {
      if (word) words.push(word);
      words.push(ch);
      word = "";
    } else word += ch;
  }
  if (word) words.push(word);
  return words;
}
var WordPieceTokenizer = class {
  constructor(config) {
    this.config = config;
    this.addedIds = new Map(config.added.map((t) => [t.content, t.id]));
    const tokens = [...config.added].sort((a, b) => b.content.length - a.content.length || (a.content < b.content ? -1 : 1));
    this.addedPattern = tokens.length === 0 ? void 0 : new RegExp(tokens.map((t) => escapeRegExp(t.content)).join("|"), "gu");
  }
  config;
  words = /* @__PURE__ */ new Map();
  addedPattern;
  addedIds;
  /** WordPiece ids of one word: greedy longest match; a word that cannot be covered is one [UNK]. */
  pieces(word) {
    const known = this.words.get(word);
    if (known) return known;
    const c = this.config;
    const cps = Array.from(word);
    let ids = [];
    if (cps.length > c.maxInputCharsPerWord) ids = [c.unkId];
    else {
      let start = 0;
      while (start < cps.length) {
        let end = cps.length;
        let id;
        while (start < end) {
          const sub = (start > 0 ? c.prefix : "") + cps.slice(start, end).join("");
          id = c.vocab.get(sub);
          if (id !== void 0) break;
          end--;
        }
        if (id === void 0) {
          ids = [c.unkId];
          break;
        }
        ids.push(id);
        start = end;
      }
    }
    if (this.words.size >= WORD_CACHE) this.words.clear();
    this.words.set(word, ids);
    return ids;
  }
  /** Ids of a stretch of text that holds no added token. */
  plain(text, out) {
    const norm = this.config.normalization ? bertNormalize(text, this.config.normalization) : text;
    for (const w of bertPreTokenize(norm)) out.push(...this.pieces(w));
  }
  /** Token ids of `text` without [CLS]/[SEP]: added tokens matched verbatim first, then the rest. */
  tokenize(text) {
    const out = [];
    const re = this.addedPattern;
    if (!re) {
      this.plain(text, out);
      return out;
    }
    const spans = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length, id: this.addedIds.get(m[0]) });
    let pos = 0;
    const strips = new Map(this.config.added.map((t) => [t.content, t]));
    for (const s of spans) {
      const token = strips.get(text.slice(s.start, s.end));
      let before = text.slice(pos, s.start);
      if (token.lstrip) before = before.replace(new RegExp("\\p{White_Space}+$", "u"), "");
      this.plain(before, out);
      out.push(s.id);
      pos = s.end;
      if (token.rstrip) pos += new RegExp("^\\p{White_Space}*", "u").exec(text.slice(pos))[0].length;
    }
    this.plain(text.slice(pos), out);
    return out;
  }
  /** [CLS] + the first maxLength − 2 tokens + [SEP] (fewer specials when the tokenizer has none). */
  encode(text, maxLength) {
    const c = this.config;
    const specials = (c.clsId === void 0 ? 0 : 1) + (c.sepId === void 0 ? 0 : 1);
    const body = this.tokenize(text).slice(0, Math.max(0, maxLength - specials));
    const ids = [...c.clsId === void 0 ? [] : [c.clsId], ...body, ...c.sepId === void 0 ? [] : [c.sepId]];
    return Int32Array.from(ids);
  }
};
function escapeRegExp(s) {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}
var VOCAB_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
function parseVocabTxt(bytes, file, opts) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TokenizerError(`tokenizer ${file} is not valid UTF-8; a vocab.txt holds one token per line`);
  }
  if (text.trimStart().startsWith("{")) {
    throw new TokenizerError(`tokenizer ${file} holds JSON; name a Hugging Face tokenizer file with a .json extension, or give a vocab.txt`);
  }
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length > MAX_VOCAB) throw new TokenizerError(`tokenizer ${file} has ${lines.length} lines, over the limit of ${MAX_VOCAB}`);
  const vocab = /* @__PURE__ */ new Map();
  lines.forEach((line, i) => vocab.set(line.replace(new RegExp("\\p{White_Space}+$", "u"), ""), i));
  const need = (token) => {
    const id = vocab.get(token);
    if (id === void 0) throw new TokenizerError(`tokenizer ${file} has no ${token} token; a BERT-style vocab.txt lists [PAD], [UNK], [CLS] and [SEP]`);
    return id;
  };
  return {
    file,
    vocab,
    unkId: need("[UNK]"),
    clsId: need("[CLS]"),
    sepId: need("[SEP]"),
    padId: need("[PAD]"),
    prefix: "##",
    maxInputCharsPerWord: 100,
    normalization: { cleanText: true, handleChineseChars: true, stripAccents: opts.stripAccents, lowercase: opts.lowercase },
    added: VOCAB_SPECIALS.filter((t) => vocab.has(t)).map((t) => ({ content: t, id: vocab.get(t), lstrip: false, rstrip: false })),
    maxLength: void 0
  };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseTokenizerJson(bytes, file) {
  let doc;
  try {
    doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (err) {
    throw new TokenizerError(`tokenizer ${file} is not valid UTF-8 JSON: ${errorMessage(err)}`);
  }
  if (!isObject(doc) || !isObject(doc["model"])) throw new TokenizerError(`tokenizer ${file} has no 'model' object; is it a Hugging Face tokenizer.json?`);
  const model = doc["model"];
  const type = model["type"];
  if (type !== "WordPiece") {
    throw new TokenizerError(`tokenizer ${file} is of unsupported type '${String(type)}'; poisongate reads WordPiece tokenizers (BERT, MiniLM, \u2026)`);
  }
  const rawVocab = model["vocab"];
  if (!isObject(rawVocab)) throw new TokenizerError(`tokenizer ${file}: model.vocab is not a token \u2192 id object`);
  const entries = Object.entries(rawVocab);
  if (entries.length > MAX_VOCAB) throw new TokenizerError(`tokenizer ${file} has ${entries.length} tokens, over the limit of ${MAX_VOCAB}`);
  const vocab = /* @__PURE__ */ new Map();
  for (const [token, id] of entries) {
    if (!Number.isInteger(id) || id < 0) throw new TokenizerError(`tokenizer ${file}: token '${token}' has id ${String(id)}, not a non-negative integer`);
    vocab.set(token, id);
  }
  const unk = typeof model["unk_token"] === "string" ? model["unk_token"] : "[UNK]";
  const unkId = vocab.get(unk);
  if (unkId === void 0) throw new TokenizerError(`tokenizer ${file}: its unknown token '${unk}' is not in the vocabulary`);
  const normalization = readNormalizer(doc["normalizer"], file);
  const pre = doc["pre_tokenizer"];
  if (!isObject(pre) || pre["type"] !== "BertPreTokenizer") {
    const what = isObject(pre) ? `'${String(pre["type"])}'` : "none";
    throw new TokenizerError(`tokenizer ${file}: pre-tokenizer ${what} is not supported; poisongate reads the BERT pipeline (BertPreTokenizer)`);
  }
  const { clsId, sepId } = readPostProcessor(doc["post_processor"], file);
  const added = [];
  for (const t of Array.isArray(doc["added_tokens"]) ? doc["added_tokens"] : []) {
    if (!isObject(t) || typeof t["content"] !== "string" || !Number.isInteger(t["id"])) throw new TokenizerError(`tokenizer ${file}: an added_tokens entry lacks content or id`);
    if (t["normalized"] === true || t["single_word"] === true) {
      throw new TokenizerError(`tokenizer ${file}: added token '${t["content"]}' is matched after normalisation or as a single word, which poisongate does not support`);
    }
    added.push({ content: t["content"], id: t["id"], lstrip: t["lstrip"] === true, rstrip: t["rstrip"] === true });
  }
  const truncation = doc["truncation"];
  let maxLength;
  if (isObject(truncation)) {
    if (truncation["direction"] !== void 0 && truncation["direction"] !== "Right") {
      throw new TokenizerError(`tokenizer ${file}: truncation direction '${String(truncation["direction"])}' is not supported (only Right)`);
    }
    if (Number.isInteger(truncation["max_length"])) maxLength = truncation["max_length"];
  }
  const padding = doc["padding"];
  const padId = isObject(padding) && Number.isInteger(padding["pad_id"]) ? padding["pad_id"] : vocab.get("[PAD]");
  if (padId === void 0) throw new TokenizerError(`tokenizer ${file} names no padding token: neither padding.pad_id nor a [PAD] token`);
  const prefix = typeof model["continuing_subword_prefix"] === "string" ? model["continuing_subword_prefix"] : "##";
  const maxChars = Number.isInteger(model["max_input_chars_per_word"]) ? model["max_input_chars_per_word"] : 100;
  return { file, vocab, unkId, clsId, sepId, padId, prefix, maxInputCharsPerWord: maxChars, normalization, added, maxLength };
}
function readNormalizer(n, file) {
  if (n === null || n === void 0) return void 0;
  if (!isObject(n) || n["type"] !== "BertNormalizer") {
    const what = isObject(n) ? `'${String(n["type"])}'` : JSON.stringify(n);
    throw new TokenizerError(`tokenizer ${file}: normalizer ${what} is not supported; poisongate reads the BERT pipeline (BertNormalizer or none)`);
  }
  const lowercase = n["lowercase"] !== false;
  return {
    cleanText: n["clean_text"] !== false,
    handleChineseChars: n["handle_chinese_chars"] !== false,
    // null (the usual value) follows lowercase, as in the reference.
    stripAccents: typeof n["strip_accents"] === "boolean" ? n["strip_accents"] : lowercase,
    lowercase
  };
}
function readPostProcessor(p, file) {
  if (isObject(p) && p["type"] === "BertProcessing") {
    const cls = p["cls"];
    const sep = p["sep"];
    if (Array.isArray(cls) && Array.isArray(sep) && Number.isInteger(cls[1]) && Number.isInteger(sep[1])) return { clsId: cls[1], sepId: sep[1] };
    throw new TokenizerError(`tokenizer ${file}: BertProcessing lacks its cls/sep [token, id] pairs`);
  }
  if (isObject(p) && p["type"] === "TemplateProcessing") {
    const single = Array.isArray(p["single"]) ? p["single"] : [];
    const specials = isObject(p["special_tokens"]) ? p["special_tokens"] : {};
    const idOf = (piece) => {
      if (!isObject(piece) || !isObject(piece["SpecialToken"])) return void 0;
      const name = piece["SpecialToken"]["id"];
      const entry = typeof name === "string" ? specials[name] : void 0;
      const ids = isObject(entry) && Array.isArray(entry["ids"]) ? entry["ids"] : [];
      return ids.length === 1 && Number.isInteger(ids[0]) ? ids[0] : void 0;
    };
    const middle = single[1];
    const isA = isObject(middle) && isObject(middle["Sequence"]) && middle["Sequence"]["id"] === "A";
    const clsId = idOf(single[0]);
    const sepId = idOf(single[2]);
    if (single.length === 3 && isA && clsId !== void 0 && sepId !== void 0) return { clsId, sepId };
    throw new TokenizerError(`tokenizer ${file}: its TemplateProcessing single template is not '[CLS] $A [SEP]' with one id per special token`);
  }
  const what = isObject(p) ? `'${String(p["type"])}'` : "none";
  throw new TokenizerError(`tokenizer ${file}: post-processor ${what} is not supported; poisongate reads BertProcessing or a '[CLS] $A [SEP]' TemplateProcessing`);
}

// src/embed/text-encoder.ts
var MAX_TOKENIZER_BYTES = 64 * 1024 * 1024;
var DEFAULT_MAX_LENGTH = 128;
function resolveTextModel(dataset) {
  const m = dataset.model ?? "ngrams";
  if (m === "ngrams") return { kind: "ngrams" };
  if (!isTextModelPolicy(m)) throw new ModelError(`dataset ${dataset.name}: model '${typeof m === "string" ? m : m.path}' embeds images, not text`);
  const lowercase = m.tokenizer.lowercase ?? true;
  return {
    kind: "onnx-text",
    path: m.path,
    sha256: m.sha256.toLowerCase(),
    tokenizer: { path: m.tokenizer.path, sha256: m.tokenizer.sha256.toLowerCase(), lowercase, stripAccents: m.tokenizer.strip_accents ?? lowercase },
    maxLength: m.max_length,
    inputs: {
      inputIds: m.inputs?.input_ids ?? "input_ids",
      attentionMask: m.inputs?.attention_mask ?? "attention_mask",
      tokenTypeIds: m.inputs?.token_type_ids ?? "token_type_ids"
    },
    output: m.output ?? "last_hidden_state",
    pooling: m.pooling ?? "mean",
    normalize: m.normalize ?? true,
    batchSize: m.batch_size ?? 32
  };
}
async function openTextModel(spec, tree, gitDirectory) {
  if (spec.kind === "ngrams") {
    const encoder = ngramEncoder();
    return { encoder, info: { path: "ngrams", source: "builtin", id: encoder.id } };
  }
  const model = await readRepositoryFile(spec.path, "model", tree, gitDirectory, MAX_MODEL_BYTES);
  const tokenizer = await readRepositoryFile(spec.tokenizer.path, "tokenizer", tree, gitDirectory, MAX_TOKENIZER_BYTES);
  return openOnnxTextEncoder(spec, model, tokenizer);
}
function readTokenizer(spec, bytes) {
  verifyPin(bytes, spec.path, spec.sha256, "tokenizer");
  const config = /\.json$/i.test(spec.path) ? parseTokenizerJson(bytes, spec.path) : parseVocabTxt(bytes, spec.path, { lowercase: spec.lowercase, stripAccents: spec.stripAccents });
  return new WordPieceTokenizer(config);
}
function graphInputs(spec, session2) {
  const roles = /* @__PURE__ */ new Map([
    [spec.inputs.inputIds, "ids"],
    [spec.inputs.attentionMask, "mask"],
    [spec.inputs.tokenTypeIds, "types"]
  ]);
  if (!session2.inputNames.includes(spec.inputs.inputIds)) {
    throw new ModelError(`model ${spec.path} has no input '${spec.inputs.inputIds}' for the token ids (inputs: ${describeNames(session2.inputNames)}); name it in model.inputs.input_ids`);
  }
  const inputs = [];
  let seqDim;
  let batchDim;
  session2.inputNames.forEach((name, i) => {
    const role = roles.get(name);
    if (!role) {
      throw new ModelError(
        `model ${spec.path} has an input '${name}' poisongate cannot feed (it feeds token ids, attention mask and token type ids: ${[...roles.keys()].join(", ")}); map the names in model.inputs`
      );
    }
    const meta = session2.inputMetadata[i];
    let type = "int64";
    if (meta?.isTensor) {
      if (meta.type !== "int64" && meta.type !== "int32") throw new ModelError(`model ${spec.path}: input '${name}' is ${meta.type}; a text encoder takes int64 or int32 token ids`);
      type = meta.type;
      if (meta.shape.length !== 2) throw new ModelError(`model ${spec.path}: input '${name}' has rank ${meta.shape.length}; a text encoder takes [batch, sequence]`);
      const [b, s] = meta.shape;
      if (typeof s === "number" && s > 0) seqDim = s;
      if (typeof b === "number" && b > 0) batchDim = b;
    }
    inputs.push({ name, type, role });
  });
  return { inputs, seqDim, batchDim };
}
function checkOutput(spec, session2) {
  const i = session2.outputNames.indexOf(spec.output);
  if (i < 0) throw new ModelError(`model ${spec.path} has no output '${spec.output}' (outputs: ${describeNames(session2.outputNames)})`);
  const meta = session2.outputMetadata[i];
  if (meta?.isTensor && meta.shape.length > 0) checkRank(spec, meta.shape.length);
}
function checkRank(spec, rank) {
  if (rank === 3 && spec.pooling === "none") {
    throw new ModelError(`model ${spec.path}: output '${spec.output}' holds one vector per token ([batch, sequence, dim]); set pooling to mean or cls`);
  }
  if (rank === 2 && spec.pooling !== "none") {
    throw new ModelError(`model ${spec.path}: output '${spec.output}' is already one vector per sample ([batch, dim]); set pooling: none`);
  }
  if (rank !== 2 && rank !== 3) throw new ModelError(`model ${spec.path}: output '${spec.output}' has rank ${rank}; expected [batch, sequence, dim] or [batch, dim]`);
}
async function openOnnxTextEncoder(spec, modelBytes, tokenizerBytes, opts = {}) {
  verifyPin(modelBytes, spec.path, spec.sha256, "model");
  const tokenizer = readTokenizer(spec.tokenizer, tokenizerBytes);
  const session2 = await createSession(modelBytes, spec.path, opts.threads);
  let inputs;
  let length;
  let fixedBatch;
  try {
    const g = graphInputs(spec, session2);
    checkOutput(spec, session2);
    inputs = g.inputs;
    fixedBatch = g.batchDim;
    const wanted = spec.maxLength ?? g.seqDim ?? tokenizer.config.maxLength ?? DEFAULT_MAX_LENGTH;
    if (g.seqDim !== void 0 && wanted !== g.seqDim) {
      throw new ModelError(`model ${spec.path} takes sequences of exactly ${g.seqDim} tokens, but max_length is ${wanted}`);
    }
    length = wanted;
  } catch (err) {
    await session2.release();
    throw err;
  }
  const pad = tokenizer.config.padId;
  const pre = {
    tokenizer: spec.tokenizer.sha256,
    lowercase: spec.tokenizer.lowercase,
    strip_accents: spec.tokenizer.stripAccents,
    max_length: length,
    fed: inputs.map((i) => i.role).sort(),
    output: spec.output,
    pooling: spec.pooling,
    normalize: spec.normalize
  };
  const encoder = {
    id: spec.sha256,
    pre,
    batchSize: fixedBatch ?? spec.batchSize,
    prepare: async (text) => tokenizer.encode(text, length),
    run: async (samples) => {
      const n = samples.length;
      const rows = fixedBatch ?? n;
      const ids = new Int32Array(rows * length).fill(pad);
      const mask = new Int32Array(rows * length);
      samples.forEach((s, r) => {
        ids.set(s, r * length);
        mask.fill(1, r * length, r * length + s.length);
      });
      const feeds = {};
      for (const input of inputs) {
        const values = input.role === "ids" ? ids : input.role === "mask" ? mask : new Int32Array(rows * length);
        const data = input.type === "int64" ? BigInt64Array.from(values, (v) => BigInt(v)) : values;
        feeds[input.name] = new ort_default.Tensor(input.type, data, [rows, length]);
      }
      let result;
      try {
        result = await session2.run(feeds, [spec.output]);
      } catch (err) {
        throw new ModelError(`model ${spec.path} failed to run: ${errorMessage(err).split("\n")[0]}`);
      }
      const out = result[spec.output];
      if (!out || out.type !== "float32") throw new ModelError(`model ${spec.path}: output '${spec.output}' is ${out?.type ?? "missing"}, expected float32`);
      checkRank(spec, out.dims.length);
      if (out.dims[0] !== rows || out.dims.length === 3 && out.dims[1] !== length) {
        throw new ModelError(`model ${spec.path}: output '${spec.output}' has shape [${out.dims.join(", ")}] for ${rows} samples of ${length} tokens`);
      }
      return pool(out.data, out.dims, samples, spec);
    },
    release: () => session2.release()
  };
  return { encoder, info: { path: spec.path, source: "repository", id: spec.sha256 } };
}
function pool(values, dims, samples, spec) {
  const dim = dims[dims.length - 1];
  const seq = dims.length === 3 ? dims[1] : 1;
  const data = new Float32Array(samples.length * dim);
  const acc = new Float64Array(dim);
  samples.forEach((s, r) => {
    acc.fill(0);
    const base = r * seq * dim;
    const count = spec.pooling === "mean" ? s.length : 1;
    for (let t = 0; t < count; t++) for (let j = 0; j < dim; j++) acc[j] += values[base + t * dim + j];
    let norm = 0;
    for (let j = 0; j < dim; j++) {
      acc[j] /= Math.max(1, count);
      norm += acc[j] * acc[j];
    }
    const scale = spec.normalize ? norm > 0 ? 1 / Math.sqrt(norm) : 0 : 1;
    for (let j = 0; j < dim; j++) data[r * dim + j] = acc[j] * scale;
  });
  return { dim, data };
}

// src/embed/pixels.ts
function pixelEmbedder() {
  const pre = PIXELS_PREPROCESSING;
  const dim = tensorSize(pre);
  return {
    id: "pixels-v1",
    pre,
    batchSize: 256,
    async embed(batch, n) {
      const data = new Float32Array(n * dim);
      for (let s = 0; s < n; s++) {
        const o = s * dim;
        let mean = 0;
        for (let i = 0; i < dim; i++) mean += batch[o + i];
        mean /= dim;
        let norm = 0;
        for (let i = 0; i < dim; i++) {
          const v = batch[o + i] - mean;
          norm += v * v;
        }
        const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (let i = 0; i < dim; i++) data[o + i] = (batch[o + i] - mean) * inv;
      }
      return { dim, data };
    },
    async release() {
    }
  };
}

// src/embed/service.ts
function toMatrix(dim, vectors) {
  const data = new Float32Array(vectors.length * dim);
  vectors.forEach((v, i) => data.set(v, i * dim));
  return { rows: vectors.length, dim, data };
}
var DECODE_CONCURRENCY = 4;
function embedDataset(input, env) {
  return new DatasetEmbedder(input, env).run();
}
var DatasetEmbedder = class {
  constructor(ctx, env) {
    this.ctx = ctx;
    this.env = env;
  }
  ctx;
  env;
  run() {
    return this.ctx.dataset.modality === "text" ? this.computeText() : this.computeImages();
  }
  async open(spec) {
    if (spec.kind === "pixels") return { embedder: pixelEmbedder(), info: { path: "pixels", source: "builtin", id: "pixels-v1" } };
    const git2 = spec.source === "repository" ? this.env.gitDir : void 0;
    try {
      const bytes = await readModelBytes(spec, this.ctx.reference.tree, git2);
      const embedder = await openOnnxEmbedder(spec, bytes);
      return { embedder, info: { path: spec.path, source: spec.source, id: spec.sha256 } };
    } catch (err) {
      if (err instanceof ModelError && spec.source === "repository") err.path ??= spec.path;
      throw err;
    }
  }
  /** Pipeline options for one pass; `label` names it in the scan's progress. */
  options(label) {
    return {
      ...this.env.cache ? { cache: this.env.cache } : {},
      concurrency: DECODE_CONCURRENCY,
      ...this.env.signal ? { signal: this.env.signal } : {},
      ...this.env.progress ? { progress: { reporter: this.env.progress, label } } : {}
    };
  }
  async computeImages() {
    const ctx = this.ctx;
    const spec = resolveModel(ctx.dataset);
    const { embedder, info } = await this.open(spec);
    try {
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.image);
      const candSources = usable.map((c) => ({
        sha256: async () => c.sample.sha256,
        image: async () => c.image
      }));
      const cand = await embedSources(embedder, candSources, this.options(`embedding ${ctx.dataset.name}: changed samples`));
      const refSamples = ctx.reference.samples;
      const loaded = /* @__PURE__ */ new Map();
      const refSources = refSamples.map((s, i) => ({
        sha256: async () => {
          const l = await ctx.reference.load(s, { decode: false });
          if (!isUsable(l) || !l.bytes) return { problem: l.problems.map((p) => p.message).join("; ") || "cannot be read" };
          loaded.set(i, l);
          return l.sample.sha256;
        },
        image: async () => {
          let l = loaded.get(i);
          loaded.delete(i);
          if (!l) {
            l = await ctx.reference.load(s, { decode: false });
            if (!isUsable(l) || !l.bytes) return { problem: l.problems.map((p) => p.message).join("; ") || "cannot be read" };
          }
          const r = await decodeImage(l.bytes, extensionOf(s.path), ctx.dataset.formats, ctx.limits);
          return "problem" in r ? { problem: r.problem.message } : r.image;
        }
      }));
      const ref = await embedSources(embedder, refSources, this.options(`embedding ${ctx.dataset.name}: trusted samples`));
      return assemble(info, refSamples, ref, usable, cand);
    } finally {
      await embedder.release();
    }
  }
  /** Text: the built-in n-gram embedder or the pinned ONNX encoder, through the same pipeline and cache. */
  async computeText() {
    const ctx = this.ctx;
    const spec = resolveTextModel(ctx.dataset);
    const git2 = spec.kind === "onnx-text" ? this.env.gitDir : void 0;
    const { encoder, info } = await openTextModel(spec, ctx.reference.tree, git2);
    try {
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.text !== void 0);
      const cand = await embedAll(
        encoder,
        usable.map((c) => ({ sha256: async () => c.sample.sha256, content: async () => c.text })),
        this.options(`embedding ${ctx.dataset.name}: changed samples`)
      );
      const refSamples = ctx.reference.samples;
      const texts = /* @__PURE__ */ new Map();
      const loadText = async (i) => {
        const l = await ctx.reference.load(refSamples[i]);
        if (!isUsable(l) || l.text === void 0) return { problem: l.problems.map((p) => p.message).join("; ") || "cannot be read" };
        return l;
      };
      const refSources = refSamples.map((_, i) => ({
        sha256: async () => {
          const l = await loadText(i);
          if ("problem" in l) return l;
          texts.set(i, l.text);
          return l.sample.sha256;
        },
        content: async () => {
          const t = texts.get(i);
          texts.delete(i);
          if (t !== void 0) return t;
          const l = await loadText(i);
          return "problem" in l ? l : l.text;
        }
      }));
      const ref = await embedAll(encoder, refSources, this.options(`embedding ${ctx.dataset.name}: trusted samples`));
      return assemble(info, refSamples, ref, usable, cand);
    } finally {
      await encoder.release();
    }
  }
};
function assemble(info, refSamples, ref, usable, cand) {
  const dim = cand.dim || ref.dim;
  const refKept = [];
  const refVectors = [];
  const referenceProblems = [];
  refSamples.forEach((s, i) => {
    const v = ref.vectors[i];
    if (v) {
      refKept.push(s);
      refVectors.push(v);
    } else referenceProblems.push({ path: placeOf(s), message: ref.problems[i] ?? "could not be embedded" });
  });
  const candKept = [];
  const candVectors = [];
  usable.forEach((c, i) => {
    const v = cand.vectors[i];
    if (v) {
      candKept.push(c);
      candVectors.push(v);
    }
  });
  return {
    model: { ...info, dim },
    reference: { samples: refKept, vectors: toMatrix(dim, refVectors) },
    referenceProblems,
    candidates: { samples: candKept, vectors: toMatrix(dim, candVectors) },
    stats: { reference: ref.stats, candidates: cand.stats }
  };
}

// src/util/protobuf.ts
function varint(n) {
  const out = [];
  let v = n;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 128;
    out.push(b);
  } while (v > 0);
  return out;
}
var key = (num, wire) => varint(num * 8 + wire);
var bytesField = (num, bytes) => [...key(num, 2), ...varint(bytes.length), ...bytes];
var stringField = (num, s) => bytesField(num, [...Buffer.from(s, "utf8")]);
var intField = (num, n) => [...key(num, 0), ...varint(n)];

// src/features/gemm.ts
var DOUBLE = 11;
var ATTRIBUTE_INT = 2;
function valueInfo(name, dims) {
  const shape = dims.flatMap((d) => bytesField(1, stringField(2, d)));
  const tensorType = [...intField(1, DOUBLE), ...bytesField(2, shape)];
  return [...stringField(1, name), ...bytesField(2, bytesField(1, tensorType))];
}
function gemmModel() {
  const transB = [...stringField(1, "transB"), ...intField(3, 1), ...intField(20, ATTRIBUTE_INT)];
  const node = [...stringField(1, "A"), ...stringField(1, "B"), ...stringField(2, "C"), ...stringField(4, "Gemm"), ...bytesField(5, transB)];
  const graph = [
    ...bytesField(1, node),
    ...stringField(2, "dots"),
    ...bytesField(11, valueInfo("A", ["m", "d"])),
    ...bytesField(11, valueInfo("B", ["n", "d"])),
    ...bytesField(12, valueInfo("C", ["m", "n"]))
  ];
  return Uint8Array.from([...intField(1, 8), ...bytesField(8, intField(2, 13)), ...bytesField(7, graph)]);
}
var session;
function gemm() {
  session ??= ort_default.InferenceSession.create(gemmModel(), { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: "sequential" });
  return session;
}
async function dots(a, m, b, n, d) {
  const s = await gemm();
  const out = await s.run({ A: new ort_default.Tensor("float64", a, [m, d]), B: new ort_default.Tensor("float64", b, [n, d]) });
  return out["C"].data;
}

// src/features/head.ts
var MEMORY = 10;
async function fitSoftmaxHead(x, label, classes, options = {}) {
  const n = x.rows;
  const d = x.dim;
  const D = d + 1;
  const C = classes.length;
  const { mean, scale } = standardisation(x);
  const z = new Float64Array(n * D);
  const zt = new Float64Array(D * n);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j <= d; j++) {
      const v = j === d ? 1 : (x.data[r * d + j] - mean[j]) / scale[j];
      z[r * D + j] = v;
      zt[j * n + r] = v;
    }
  }
  const l2 = options.l2 ?? 1 / Math.max(1, n);
  const objective = (w, grad) => softmaxObjective(z, zt, label, n, d, C, l2, w, grad);
  const result = await lbfgs(objective, new Float64Array(C * D), options.maxIterations ?? 500, options.tolerance ?? 1e-5);
  return linearHead(classes, mean, scale, result.w, l2, { iterations: result.iterations, converged: result.converged, objective: result.f, gradientNorm: result.gradientNorm });
}
function standardisation(x) {
  const { rows: n, dim: d, data } = x;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) mean[j] += data[r * d + j];
  for (let j = 0; j < d; j++) mean[j] /= Math.max(1, n);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < d; j++) {
      const v = data[r * d + j] - mean[j];
      scale[j] += v * v;
    }
  }
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j] / Math.max(1, n)) || 1;
  return { mean, scale };
}
function softmaxInPlace(scores) {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c] - max);
    sum += scores[c];
  }
  for (let c = 0; c < scores.length; c++) scores[c] /= sum;
  return max + Math.log(sum);
}
async function softmaxObjective(z, zt, label, n, d, C, l2, w, grad) {
  const D = d + 1;
  if (n === 0) {
    grad.fill(0);
    return 0;
  }
  const scores = await dots(z, n, w, C, D);
  const residual = new Float64Array(C * n);
  const p = new Float64Array(C);
  let loss = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < C; c++) p[c] = scores[r * C + c];
    const y = label[r];
    const score = p[y];
    loss += softmaxInPlace(p) - score;
    p[y] -= 1;
    for (let c = 0; c < C; c++) residual[c * n + r] = p[c];
  }
  grad.set(await dots(residual, C, zt, D, n));
  let penalty = 0;
  for (let c = 0; c < C; c++) {
    for (let j = 0; j < D; j++) {
      const i = c * D + j;
      grad[i] /= n;
      if (j === d) continue;
      penalty += w[i] * w[i];
      grad[i] += l2 * w[i];
    }
  }
  return loss / n + l2 / 2 * penalty;
}
function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
function maxAbs(a) {
  let m = 0;
  for (const v of a) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}
async function lbfgs(fg, w0, maxIterations, tolerance) {
  const size = w0.length;
  let w = w0;
  let g = new Float64Array(size);
  let f = await fg(w, g);
  const s = [];
  const y = [];
  const rho = [];
  const alpha = new Float64Array(MEMORY);
  const direction = new Float64Array(size);
  let iterations = 0;
  while (iterations < maxIterations && maxAbs(g) > tolerance) {
    direction.set(g);
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(s[k], direction);
      for (let i = 0; i < size; i++) direction[i] -= alpha[k] * y[k][i];
    }
    const gamma = s.length > 0 ? dot(s.at(-1), y.at(-1)) / dot(y.at(-1), y.at(-1)) : 1 / Math.max(1, maxAbs(g));
    for (let i = 0; i < size; i++) direction[i] *= gamma;
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k] * dot(y[k], direction);
      for (let i = 0; i < size; i++) direction[i] += s[k][i] * (alpha[k] - beta);
    }
    for (let i = 0; i < size; i++) direction[i] = -direction[i];
    let slope = dot(g, direction);
    if (!(slope < 0)) {
      s.length = y.length = rho.length = 0;
      for (let i = 0; i < size; i++) direction[i] = -g[i] / Math.max(1, maxAbs(g));
      slope = dot(g, direction);
    }
    let step = 1;
    const next = new Float64Array(size);
    const nextG = new Float64Array(size);
    let nextF = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < size; i++) next[i] = w[i] + step * direction[i];
      nextF = await fg(next, nextG);
      if (nextF <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextF < f)) break;
    const sk = new Float64Array(size);
    const yk = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      sk[i] = next[i] - w[i];
      yk[i] = nextG[i] - g[i];
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      if (s.length === MEMORY) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    w = next;
    g = nextG;
    f = nextF;
    iterations++;
  }
  const gradientNorm = maxAbs(g);
  return { w, f, iterations, converged: gradientNorm <= tolerance, gradientNorm };
}
function linearHead(classes, mean, scale, weights, l2, fit) {
  const d = mean.length;
  const C = classes.length;
  const logits = (x) => {
    const out = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      let s = weights[c * (d + 1) + d];
      for (let j = 0; j < d; j++) s += weights[c * (d + 1) + j] * ((x[j] - mean[j]) / scale[j]);
      out[c] = s;
    }
    return out;
  };
  return {
    classes,
    dim: d,
    mean,
    scale,
    weights,
    l2,
    fit,
    logits,
    probabilities(x) {
      const p = logits(x);
      softmaxInPlace(p);
      return p;
    },
    loss(x, label) {
      const p = logits(x);
      const y = p[label];
      return softmaxInPlace(p) - y;
    }
  };
}

// src/features/space.ts
var CLASS_DISTANCE_K = 10;
var CALIBRATION_PER_CLASS = 1e3;
var FeatureSpace = class {
  constructor(emb) {
    this.emb = emb;
    const labels = emb.reference.samples.map((s) => s.label);
    this.classes = [...new Set(labels)].sort();
    this.classIndex = new Map(this.classes.map((c, i) => [c, i]));
    this.refLabel = Int32Array.from(labels, (l) => this.classIndex.get(l));
    this.byClass = this.classes.map(() => []);
    this.refLabel.forEach((c, r) => this.byClass[c].push(r));
    this.candLabel = Int32Array.from(emb.candidates.samples, (c) => this.classIndex.get(c.sample.label) ?? -1);
  }
  emb;
  classes;
  classIndex;
  /** Class index of each reference row. */
  refLabel;
  /** Reference rows per class. */
  byClass;
  /** Class index of each candidate row (-1: no trusted samples of that class). */
  candLabel;
  analysis;
  memos = /* @__PURE__ */ new Map();
  /** A value derived from this space, computed on first use (pull models, calibrations). */
  memo(key2, make) {
    if (!this.memos.has(key2)) this.memos.set(key2, make());
    return this.memos.get(key2);
  }
  get ref() {
    return this.emb.reference.vectors;
  }
  get cand() {
    return this.emb.candidates.vectors;
  }
  /** Calibration rows of a class: all of them, or an evenly spread, deterministic subset. */
  calibrationRows(c, cap = CALIBRATION_PER_CLASS) {
    const rows = this.byClass[c];
    if (rows.length <= cap) return rows;
    const step = rows.length / cap;
    return Array.from({ length: cap }, (_, i) => rows[Math.floor(i * step)]);
  }
  /**
   * Neighbourhoods of every candidate and calibration query with at least `k` global and `kk`
   * per-class neighbours; computed once (one distance pass per query) and shared by later callers.
   */
  neighbourhoods(k, kk) {
    const done = this.analysis;
    if (done && done.k >= k && done.kk >= kk) return done.result;
    const K = Math.max(k, 100);
    const KK = Math.max(kk, 20, CLASS_DISTANCE_K);
    const result = this.computeNeighbourhoods(K, KK);
    this.analysis = { k: K, kk: KK, result };
    return result;
  }
  async computeNeighbourhoods(K, KK) {
    const ref = this.ref;
    const refNorms = rowNorms(ref);
    const refData = Float64Array.from(ref.data);
    const C = this.classes.length;
    const refIndex = new Map(this.emb.reference.samples.map((s, i) => [ownVersionKey(s), i]));
    const global = new TopK(Math.min(K, ref.rows));
    const perClass = this.classes.map(() => new TopK(KK));
    const queries = this.emb.candidates.samples.map((c, q) => ({
      m: this.cand,
      row: q,
      label: this.candLabel[q],
      exclude: refIndex.get(ownVersionKey(c.sample)) ?? -1
    }));
    const calibrationRows = [];
    for (let c = 0; c < C; c++) {
      for (const row of this.calibrationRows(c)) {
        calibrationRows.push(row);
        queries.push({ m: ref, row, label: c, exclude: row });
      }
    }
    const out = [];
    const d = ref.dim;
    const block = Math.max(1, Math.min(512, Math.floor(4e6 / Math.max(1, ref.rows))));
    for (let start = 0; start < queries.length; start += block) {
      const part = queries.slice(start, start + block);
      const a = new Float64Array(part.length * d);
      const norms = part.map((q, j) => {
        let s = 0;
        for (let t = 0; t < d; t++) {
          const v = q.m.data[q.row * d + t];
          a[j * d + t] = v;
          s += v * v;
        }
        return s;
      });
      const dot2 = ref.rows > 0 ? await dots(a, part.length, refData, ref.rows, d) : new Float64Array(0);
      part.forEach((q, j) => {
        global.reset();
        for (const t of perClass) t.reset();
        const o = j * ref.rows;
        for (let r = 0; r < ref.rows; r++) {
          if (r === q.exclude) continue;
          const sq = norms[j] + refNorms[r] - 2 * dot2[o + r];
          const dist = sq > 0 ? Math.sqrt(sq) : 0;
          global.push(dist, r);
          perClass[this.refLabel[r]].push(dist, r);
        }
        const classDist = new Float64Array(C);
        for (let c = 0; c < C; c++) {
          const t = perClass[c];
          const n = Math.min(t.size, CLASS_DISTANCE_K);
          let s = 0;
          for (let i = 0; i < n; i++) s += t.dist[i];
          classDist[c] = n === 0 ? Infinity : s / n;
        }
        const own = q.label >= 0 ? perClass[q.label] : void 0;
        out.push({
          label: q.label,
          index: global.index.slice(0, global.size),
          dist: global.dist.slice(0, global.size),
          classDist,
          ownDist: own ? own.dist.slice(0, own.size) : new Float64Array(0)
        });
      });
    }
    const nc = this.emb.candidates.samples.length;
    return {
      k: K,
      kk: KK,
      candidates: out.slice(0, nc),
      calibration: calibrationRows.map((row, i) => ({ row, n: out[nc + i] }))
    };
  }
};
function ownVersionKey(s) {
  return s.inline === void 0 ? s.path : `${s.path}\0${s.line ?? 0}\0${s.sha256}`;
}

// src/detectors/scope.ts
function once(make) {
  let value;
  return () => value ??= make();
}
function datasetScope(input, env) {
  const embeddings = once(() => embedDataset(input, env));
  const featureSpace = once(async () => new FeatureSpace(await embeddings()));
  return {
    embeddings,
    featureSpace,
    referenceImages: once(() => decodeReferenceImages(input.reference)),
    referenceTexts: once(() => loadReferenceTexts(input.reference)),
    head: once(async () => {
      const space = await featureSpace();
      return fitSoftmaxHead(space.ref, space.refLabel, space.classes);
    })
  };
}

// src/media/budget.ts
var Turns = class {
  next = 0;
  waiting = /* @__PURE__ */ new Map();
  async run(index, decide2) {
    if (index > this.next) await new Promise((resolve) => this.waiting.set(index, resolve));
    try {
      return decide2();
    } finally {
      this.next++;
      const wake = this.waiting.get(this.next);
      if (wake) {
        this.waiting.delete(this.next);
        wake();
      }
    }
  }
  pass(index) {
    void this.run(index, () => void 0);
  }
};
var ScanBudget = class {
  constructor(limits) {
    this.limits = limits;
    this.bytesLeft = limits.max_scan_bytes;
    this.decodedLeft = limits.max_decoded_bytes;
  }
  limits;
  bytesLeft;
  decodedLeft;
  bytesTurns = new Turns();
  decodedTurns = new Turns();
  issued = 0;
  /** Tickets must be taken in candidate order. */
  ticket() {
    const index = this.issued++;
    let bytesUsed = false;
    let decodedUsed = false;
    let closed = false;
    return {
      // After close (a load given up on, e.g. a decode past its time limit) nothing more is taken.
      takeBytes: (n) => {
        if (closed || bytesUsed) return Promise.resolve(false);
        bytesUsed = true;
        return this.bytesTurns.run(index, () => n <= this.bytesLeft ? (this.bytesLeft -= n, true) : false);
      },
      takeDecoded: (n) => {
        if (closed || decodedUsed) return Promise.resolve(false);
        decodedUsed = true;
        return this.decodedTurns.run(index, () => n <= this.decodedLeft ? (this.decodedLeft -= n, true) : false);
      },
      close: () => {
        if (closed) return;
        closed = true;
        if (!bytesUsed) this.bytesTurns.pass(index);
        if (!decodedUsed) this.decodedTurns.pass(index);
      }
    };
  }
};

// src/media/structure.ts
function imageDataEnd(b, format) {
  switch (format) {
    case "png":
      return pngEnd(b);
    case "jpeg":
      return jpegEnd(b);
    case "gif":
      return gifEnd(b);
    case "webp":
      return webpEnd(b);
    default:
      return void 0;
  }
}
var u32be = (b, i) => (b[i] << 24 >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];
var u16be = (b, i) => (b[i] << 8) + b[i + 1];
function pngEnd(b) {
  for (let i = 8; i + 12 <= b.length; ) {
    const end = i + 12 + u32be(b, i);
    if (end > b.length) return void 0;
    if (b[i + 4] === 73 && b[i + 5] === 69 && b[i + 6] === 78 && b[i + 7] === 68) return end;
    i = end;
  }
  return void 0;
}
function jpegEnd(b) {
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 255) return void 0;
    const m = b[i + 1];
    if (m === 255) {
      i++;
      continue;
    }
    if (m === 217) return i + 2;
    if (m >= 208 && m <= 215 || m === 1) {
      i += 2;
      continue;
    }
    if (i + 4 > b.length) return void 0;
    const length = u16be(b, i + 2);
    if (length < 2) return void 0;
    i += 2 + length;
    if (m === 218) {
      while (i + 1 < b.length && !(b[i] === 255 && b[i + 1] !== 0 && !(b[i + 1] >= 208 && b[i + 1] <= 215))) i++;
    }
  }
  return void 0;
}
function gifEnd(b) {
  if (b.length < 13) return void 0;
  const colourTable = (flags) => flags & 128 ? 3 * 2 ** ((flags & 7) + 1) : 0;
  let i = 13 + colourTable(b[10]);
  const subBlocks = () => {
    while (i < b.length && b[i] > 0) i += b[i] + 1;
    i++;
  };
  while (i < b.length) {
    const block = b[i];
    if (block === 59) return i + 1;
    if (block === 33) {
      i += 2;
      subBlocks();
    } else if (block === 44) {
      if (i + 10 > b.length) return void 0;
      i += 10 + colourTable(b[i + 9]) + 1;
      subBlocks();
    } else return void 0;
  }
  return void 0;
}
function webpEnd(b) {
  if (b.length < 12) return void 0;
  const size = b[4] + (b[5] << 8) + (b[6] << 16) + (b[7] << 24 >>> 0);
  const end = 8 + size;
  return end <= b.length ? end : void 0;
}
function trailingContent(b, format) {
  const end = imageDataEnd(b, format);
  if (end === void 0 || end >= b.length) return void 0;
  for (let i = end; i < b.length; i++) {
    if (b[i] !== 0 && b[i] !== 255) return { end, bytes: b.length - end };
  }
  return void 0;
}

// src/media/text.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeText(bytes) {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: { code: "invalid-utf8", message: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` } };
  }
}

// src/media/load.ts
async function loadSample(sample, tree, opts) {
  if (sample.inline !== void 0) return loadInline(sample, opts);
  const out = { sample, problems: [] };
  const content = await readContent(sample.path, tree, opts.limits.max_file_bytes, opts.gitDir);
  if (content.lfs) out.lfs = content.lfs;
  if ("problem" in content) {
    if (content.oid) sample.sha256 = content.oid;
    out.problems.push(content.problem);
    return out;
  }
  const bytes = content.bytes;
  sample.sha256 = sha256Hex(bytes);
  if (opts.budget && !await opts.budget.takeBytes(bytes.length)) {
    out.problems.push({
      code: "limit-exceeded",
      message: `was not checked: its ${bytes.length} bytes do not fit in what is left of the scan's budget (limits.max_scan_bytes ${opts.limits.max_scan_bytes}); split the pull request or raise the limit`,
      evidence: { limit: "max_scan_bytes", value: opts.limits.max_scan_bytes, bytes: bytes.length }
    });
    return out;
  }
  out.bytes = bytes;
  if (bytes.length === 0) {
    out.problems.push({ code: "empty", message: "is empty (0 bytes)" });
    return out;
  }
  if (!opts.decode) return out;
  if (sample.modality === "image") {
    const format = sniffImageFormat(bytes);
    const trailing = opts.untrusted && format ? trailingContent(bytes, format) : void 0;
    if (trailing) {
      out.problems.push({
        code: "trailing-data",
        message: `has ${trailing.bytes} bytes after the end of its ${format.toUpperCase()} data (offset ${trailing.end}): content no decoder shows, such as a second file format (a polyglot). Re-encode the image, or cut what follows its data.`,
        evidence: { end: trailing.end, trailing_bytes: trailing.bytes }
      });
      return out;
    }
    const budget = opts.budget;
    const r = await decodeImage(bytes, extensionOf(sample.path), opts.dataset.formats, opts.limits, budget ? { reserve: (n) => budget.takeDecoded(n) } : {});
    if ("problem" in r) out.problems.push(r.problem);
    else out.image = r.image;
  } else {
    if (bytes.length > opts.limits.max_text_bytes) {
      out.problems.push({ code: "too-large", message: `text of ${bytes.length} bytes is over the limit of ${opts.limits.max_text_bytes}` });
      return out;
    }
    const r = decodeText(bytes);
    if ("problem" in r) out.problems.push(r.problem);
    else out.text = r.text;
  }
  return out;
}
function loadInline(sample, opts) {
  const text = sample.inline;
  const bytes = Buffer.from(text, "utf8");
  sample.sha256 = sha256Hex(bytes);
  const out = { sample, problems: [], bytes };
  if (text.trim() === "") out.problems.push({ code: "empty", message: "has an empty text" });
  else if (bytes.length > opts.limits.max_text_bytes) {
    out.problems.push({ code: "too-large", message: `text of ${bytes.length} bytes is over the limit of ${opts.limits.max_text_bytes}` });
  } else if (opts.decode) out.text = text;
  return out;
}

// src/report/model.ts
var REPORT_VERSION = 1;

// src/report/build.ts
function buildReport(loaded, sides, datasets, v, timings) {
  const counts = { total: v.findings.length, error: 0, warning: 0, notice: 0, waived: 0 };
  const byRule = {};
  for (const f of v.findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return {
    version: REPORT_VERSION,
    tool: { name: "poisongate", version: TOOL_VERSION },
    verdict: v.verdict,
    enforcement: loaded.policy.enforcement,
    would_fail: v.wouldFail,
    failed_rules: v.failed,
    policy: { path: loaded.path, source: loaded.source, sha256: loaded.sha256, fail_on: loaded.policy.fail_on },
    scope: {
      mode: sides.base ? "pull-request" : "full",
      ...sides.base?.commit ? { base: sides.base.commit } : {},
      ...sides.base && sides.head.commit ? { head: sides.head.commit } : {},
      changed_files: sides.changes.changes.length,
      changes_from: sides.changes.source
    },
    datasets,
    summary: {
      findings: counts,
      by_rule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a < b ? -1 : 1)),
      candidates: datasets.reduce((n, d) => n + d.candidates, 0),
      unchecked: datasets.reduce((n, d) => n + d.unchecked, 0),
      waivers: v.waivers.map((u) => ({ ...u.waiver, used: u.used, expired: u.expired })),
      timings_ms: timings
    },
    findings: v.findings
  };
}

// src/verdict/verdict.ts
function compareFindings(a, b) {
  return cmp(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.rule, b.rule) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || cmp(a.message, b.message);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isExpired(w, now) {
  return now.getTime() >= Date.parse(`${w.expires}T00:00:00Z`) + 24 * 3600 * 1e3;
}
function covers(w, f) {
  if (w.rule !== f.rule) return false;
  if (w.path !== void 0 && w.path !== f.path) return false;
  if (w.sha256 !== void 0 && w.sha256 !== f.sha256) return false;
  return true;
}
function decide(policy, policyPath, raw, now) {
  const uses = policy.waivers.map((waiver) => ({ waiver, used: 0, expired: isExpired(waiver, now) }));
  const findings = raw.map((f) => {
    const use = uses.find((u) => !u.expired && covers(u.waiver, f));
    if (!use) return f;
    use.used++;
    return { ...f, waived: { reason: use.waiver.reason, expires: use.waiver.expires } };
  });
  for (const u of uses) {
    if (u.expired) {
      findings.push({
        rule: "waiver-expired",
        severity: "error",
        path: policyPath,
        message: `waiver for ${u.waiver.rule} on ${u.waiver.path ?? `sha256 ${u.waiver.sha256}`} expired on ${u.waiver.expires} ("${u.waiver.reason}"): review the sample again and renew or remove the waiver`,
        evidence: { waiver: u.waiver }
      });
    }
  }
  findings.sort(compareFindings);
  const threshold = SEVERITY_RANK[policy.fail_on];
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.waived || SEVERITY_RANK[f.severity] < threshold) continue;
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const failed = [...byRule.entries()].map(([rule, list]) => ({ rule, count: list.length, example: list[0].message })).sort((a, b) => cmp(a.rule, b.rule));
  const wouldFail = failed.length > 0;
  return {
    verdict: wouldFail && policy.enforcement === "enforce" ? "fail" : "pass",
    wouldFail,
    failed,
    waivers: uses,
    findings
  };
}

// src/scan/deadline.ts
var Deadline = class {
  constructor(startedAt, seconds) {
    this.seconds = seconds;
    this.endsAt = startedAt + seconds * 1e3;
    this.signal = AbortSignal.timeout(Math.max(0, this.endsAt - Date.now()));
  }
  seconds;
  signal;
  endsAt;
  passed() {
    return Date.now() >= this.endsAt;
  }
};

// src/scan/load-candidates.ts
var LOAD_CONCURRENCY = 4;
async function loadCandidates(candidates, head, opts, deadline, budget, progress, label) {
  let unread = 0;
  let read = 0;
  progress.start(label, candidates.length);
  const tickets = candidates.map(() => budget.ticket());
  const loaded = await mapLimit(candidates, LOAD_CONCURRENCY, async (s, i) => {
    const ticket = tickets[i];
    try {
      if (!deadline.passed()) return await loadSample(s, head, { ...opts, untrusted: true, budget: ticket });
    } finally {
      ticket.close();
      progress.tick(++read);
    }
    unread++;
    const problem = { code: "limit-exceeded", message: `was not checked: the scan ran out of time (limits.max_scan_seconds ${deadline.seconds})`, evidence: { limit: "max_scan_seconds", value: deadline.seconds } };
    return { sample: s, problems: [problem] };
  });
  progress.end();
  return { loaded, unread };
}

// src/detectors/report.ts
function isLoaded(about) {
  return "problems" in about && "sample" in about;
}
function isDataset(about) {
  return "root" in about && "layout" in about;
}
function isPlace(about) {
  return "file" in about;
}
function locate(about, position) {
  if (isDataset(about)) return { path: about.root };
  if (isPlace(about)) return { path: about.file, line: about.line, column: about.column };
  const s = isLoaded(about) ? about.sample : about;
  return { path: s.path, line: position ? position.line : s.line, column: position?.column, sha256: s.sha256 };
}
function fill(meta, id, data = {}) {
  const template = meta.messages?.[id];
  if (template === void 0) throw new Error(`detector ${meta.id} reported unknown messageId '${id}'`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    if (!(name in data)) throw new Error(`detector ${meta.id}: message '${id}' needs data '${name}'`);
    return String(data[name]);
  });
}
function reporter(meta, severity, dataset, sink) {
  return (about, r) => {
    const message = r.messageId !== void 0 ? fill(meta, r.messageId, r.data) : r.message;
    sink(makeFinding(meta.id, r.severity ?? severity, locate(about, r.position), { ...r, message }, dataset.name));
  };
}

// src/scan/run-detectors.ts
function runs(meta, settings, modality) {
  const enabled = meta.mandatory || settings !== void 0 && settings.enabled !== false;
  const modalities = settings?.modalities ?? (meta.modality === "any" ? void 0 : [meta.modality]);
  return enabled && (!modalities || modalities.includes(modality));
}
async function runDetectors(catalog, settings, ctx, deadline, progress) {
  const out = { findings: [], ran: [], notRun: [], timings: {} };
  const { dataset } = ctx;
  for (const meta of catalog) {
    if (!runs(meta, settings[meta.id], dataset.modality)) continue;
    const p = settle(meta, settings[meta.id]);
    if (deadline.passed() && !meta.mandatory) {
      out.notRun.push(meta.id);
      continue;
    }
    const started = Date.now();
    const found = [];
    progress.start(`${meta.id} on ${dataset.name}`);
    try {
      const { run } = await meta.load();
      await run({ ...ctx, options: p.options, report: reporter(meta, p.severity, dataset, (f) => found.push(f)) });
      out.findings.push(...found);
      out.ran.push(meta.id);
    } catch (err) {
      if (deadline.passed()) {
        out.notRun.push(meta.id);
        continue;
      }
      const about = typeof err.path === "string" ? err.path : dataset.root;
      out.findings.push(
        makeFinding("detector-error", "error", { path: about }, { message: `detector ${meta.id} failed on dataset ${dataset.name}: ${errorMessage(err)}; the dataset counts as unchecked` }, dataset.name)
      );
      out.ran.push(meta.id);
    } finally {
      progress.end();
    }
    out.timings[meta.id] = Date.now() - started;
  }
  return out;
}

// src/scan/scan.ts
var silent = { info: () => {
}, warn: () => {
} };
async function openSides(req) {
  if (!req.base) {
    const head = new FsTree(req.root);
    const files = await head.list("");
    return { head, changes: { source: "full-scan", changes: files.map((f) => ({ status: "added", path: f.path })) } };
  }
  const baseSha = await resolveCommit(req.root, req.base);
  const headSha = await resolveCommit(req.root, req.head ?? "HEAD");
  const changes = req.changes ?? await diffChanges(req.root, baseSha, headSha);
  return { head: new GitTree(req.root, headSha, "head"), base: new GitTree(req.root, baseSha, "base"), changes };
}
async function readPolicy(req, sides, catalog) {
  const tree = sides.base ?? sides.head;
  let bytes;
  try {
    bytes = await tree.read(req.policyPath, POLICY_MAX_BYTES);
  } catch (err) {
    if (err instanceof ReadError && err.code === "missing") {
      throw new ConfigError(`policy ${req.policyPath} in ${tree.label}: not found. Write a starter policy with \`poisongate init\` and commit it${sides.base ? " to the base branch" : ""}`);
    }
    throw new PolicyError(req.policyPath, [{ line: 1, column: 1, message: `cannot be read from ${tree.label}: ${errorMessage(err)}` }]);
  }
  const loaded = loadPolicy({ text: policyText(bytes, req.policyPath), path: req.policyPath, source: tree.commit ?? tree.label }, catalog);
  await checkPolicyReferences(loaded, tree);
  if (req.failOn) loaded.policy.fail_on = req.failOn;
  return loaded;
}
function layoutProblemSample(dataset, p) {
  return {
    sample: { path: p.path, ...p.line ? { line: p.line } : {}, dataset: dataset.name, label: "", modality: dataset.modality, sha256: "" },
    problems: [{ code: "unrecognised-file", message: p.message, ...p.severity ? { severity: p.severity } : {} }]
  };
}
function referenceOf(dataset, limits, tree, all, git2) {
  const samples = capReference(all, dataset.reference.max_per_class, limits.max_reference_samples);
  const capped = samples.length < all.length && dataset.reference.max_per_class === void 0 ? [makeFinding("limit-exceeded", "notice", { path: dataset.root }, { message: `reference capped at ${samples.length} of ${all.length} samples (max_reference_samples)` })] : [];
  const loadOpts = { dataset, limits, gitDir: git2, decode: true };
  return { reference: { samples, tree, load: (s, o) => loadSample({ ...s }, tree, { ...loadOpts, decode: o?.decode ?? true }) }, capped };
}
async function scanDataset(dataset, loaded, sides, state) {
  const { now, git: git2, deadline } = state;
  const limits = loaded.policy.limits;
  const findings = [];
  const { headListing, baseListing } = await stage(state.progress, `listing ${dataset.name}`, void 0, async () => ({
    headListing: await listDataset(sides.head, dataset, limits, git2),
    baseListing: sides.base ? await listDataset(sides.base, dataset, limits, git2) : void 0
  }));
  const delta = selectCandidates(dataset, headListing, baseListing, sides.changes.changes);
  let candidates = delta.candidates;
  if (candidates.length > limits.max_candidates) {
    const message = `${candidates.length} changed samples exceed max_candidates (${limits.max_candidates}); only the first ${limits.max_candidates} were checked. Split the pull request or raise the limit.`;
    findings.push(makeFinding("limit-exceeded", "error", { path: dataset.root }, { message }));
    candidates = candidates.slice(0, limits.max_candidates);
  }
  const { reference, capped } = referenceOf(dataset, limits, sides.base ?? sides.head, baseListing?.samples ?? headListing.samples, git2);
  findings.push(...capped);
  const started = Date.now();
  const read = await loadCandidates(candidates, sides.head, { dataset, limits, gitDir: git2, decode: true }, deadline, state.budget, state.progress, `reading ${dataset.name}`);
  const all = [...read.loaded, ...delta.problems.map((p) => layoutProblemSample(dataset, p))];
  const timings = { load: Date.now() - started };
  for (const r of delta.removed) {
    const message = `removes trusted sample ${placeOf(r)} (class ${r.label}); removals can shift a class boundary, review them like additions`;
    findings.push(makeFinding("removed-sample", "notice", { path: r.path, line: r.line }, { message }));
  }
  const scope = datasetScope({ dataset, candidates: all, reference, limits }, { gitDir: git2, cache: state.cache, signal: deadline.signal, progress: state.progress });
  const context = { dataset, candidates: all, reference, changes: sides.changes.changes, head: sides.head, policy: loaded, limits, scope, now };
  const detectors = await runDetectors(state.catalog, loaded.policy.detectors, context, deadline, state.progress);
  findings.push(...detectors.findings);
  Object.assign(timings, detectors.timings);
  const { unread } = read;
  const { notRun } = detectors;
  const contentRan = detectors.ran.filter((id) => !state.catalog.find((d) => d.id === id)?.mandatory);
  if (candidates.length > 0 && contentRan.length === 0 && notRun.length === 0) {
    const message = `no content detector ran on dataset ${dataset.name} (${dataset.modality}): its ${candidates.length} changed sample(s) were checked for integrity only. Enable detectors in the policy (extends: [recommended], or a detectors: section).`;
    findings.push(makeFinding("no-content-detectors", "notice", { path: dataset.root }, { message }, dataset.name));
  }
  if (unread > 0 || notRun.length > 0) {
    const parts = [...unread > 0 ? [`${unread} of ${candidates.length} changed sample(s) were not read`] : [], ...notRun.length > 0 ? [`detectors not run: ${notRun.join(", ")}`] : []];
    const message = `the scan ran out of time (limits.max_scan_seconds ${deadline.seconds}) on dataset ${dataset.name}: ${parts.join("; ")}. Split the pull request or raise the limit.`;
    findings.push(makeFinding("limit-exceeded", "error", { path: dataset.root }, { message, evidence: { limit: "max_scan_seconds", value: deadline.seconds, unread, not_run: notRun } }));
  }
  const summary = {
    name: dataset.name,
    root: dataset.root,
    layout: dataset.layout,
    modality: dataset.modality,
    candidates: delta.candidates.length,
    unchecked: all.filter((c) => c.problems.length > 0).length,
    reference: reference.samples.length,
    removed: delta.removed.length,
    detectors: detectors.ran
  };
  return { summary, findings, timings };
}
async function scan(req) {
  const started = Date.now();
  const log = req.log ?? silent;
  const now = req.now ?? /* @__PURE__ */ new Date();
  const catalog = req.detectors ?? CATALOG;
  const sides = await openSides(req);
  try {
    const loaded = await readPolicy(req, sides, catalog);
    log.info(`policy ${loaded.path} from ${sides.base?.label ?? sides.head.label}`);
    const git2 = await gitDir(req.root).catch(() => void 0);
    const limits = loaded.policy.limits;
    const deadline = new Deadline(started, limits.max_scan_seconds);
    const cache = req.cacheDir ? new EmbeddingCache(req.cacheDir) : void 0;
    const state = { catalog, now, git: git2, deadline, budget: new ScanBudget(limits), cache, progress: req.progress ?? noProgress };
    const findings = sides.base ? guardedChanges(loaded, sides.changes.changes) : [];
    const datasets = [];
    const timings = {};
    for (const dataset of loaded.policy.datasets) {
      const run = await scanDataset(dataset, loaded, sides, state);
      log.info(`dataset ${dataset.name}: ${run.summary.candidates} candidate(s), ${run.summary.reference} reference sample(s)`);
      findings.push(...run.findings);
      datasets.push(run.summary);
      for (const [k, v] of Object.entries(run.timings)) timings[k] = (timings[k] ?? 0) + v;
    }
    const verdict = decide(loaded.policy, loaded.path, findings, now);
    timings["total"] = Date.now() - started;
    return { verdict, report: buildReport(loaded, sides, datasets, verdict, timings) };
  } finally {
    sides.head.close();
    sides.base?.close();
  }
}

export {
  mergeBaseExists,
  scan
};
