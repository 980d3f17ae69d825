import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  TopK,
  rowNorms
} from "./chunk-YRF7O2OT.js";
import {
  CATALOG,
  ConfigError,
  POLICY_MAX_BYTES,
  PolicyError,
  TOOL_VERSION,
  errorMessage,
  firstInvalidUtf8,
  guardedChanges,
  isTextModelPolicy,
  loadPolicy,
  makeFinding,
  packageRoot,
  policyText,
  settle
} from "./chunk-RUZDNP7T.js";
import {
  parseRecords
} from "./chunk-5SBASJ3I.js";
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
  IMAGE_EXTENSIONS,
  TEXT_EXTENSIONS,
  decodeImage,
  decodeReferenceImages,
  sniffImageFormat,
  toGray
} from "./chunk-HPLL2H4N.js";
import {
  sha256Hex
} from "./chunk-3MUNMAOR.js";
import {
  mapLimit
} from "./chunk-JSJXTQR5.js";
import {
  isUsable
} from "./chunk-EQ3EYCYV.js";

// src/context/git.ts
import { execFile, spawn } from "node:child_process";
var MAX_GIT_OUTPUT = 256 * 1024 * 1024;
function git(cwd, args, options = {}) {
  return new Promise((resolve2, reject) => {
    execFile(
      "git",
      ["-c", "core.quotePath=false", "-c", "safe.directory=*", ...args],
      { cwd, encoding: "buffer", maxBuffer: MAX_GIT_OUTPUT, env: gitEnv() },
      (err, stdout, stderr) => {
        if (err && !options.allowFail) {
          const detail = Buffer.from(stderr).toString("utf8").trim().split("\n")[0] ?? "";
          reject(new ConfigError(`git ${args[0]} failed: ${detail || err.message}`));
        } else resolve2(err ? Buffer.alloc(0) : Buffer.from(stdout));
      }
    );
  });
}
function gitEnv() {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C" };
}
async function resolveCommit(cwd, ref) {
  if (ref.startsWith("-")) throw new ConfigError(`invalid git ref '${ref}'`);
  const out = await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { allowFail: true });
  const sha = out.toString("utf8").trim();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    throw new ConfigError(
      `git ref '${ref}' is not a commit in this repository (in a workflow, check out with 'fetch-depth: 0')`
    );
  }
  return sha;
}
async function commitExists(cwd, sha) {
  const out = await git(cwd, ["cat-file", "-t", sha], { allowFail: true });
  return out.toString("utf8").trim() === "commit";
}
async function gitDir(cwd) {
  return (await git(cwd, ["rev-parse", "--absolute-git-dir"])).toString("utf8").trim();
}
var BlobReader = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  proc;
  // Output chunks not consumed yet; joined only when a read needs them (joining on every chunk is
  // quadratic in the size of a large blob).
  chunks = [];
  size = 0;
  waiting = [];
  queue = Promise.resolve();
  /** Reads blob `oid`; the caller has already checked its size against the limits. */
  read(oid) {
    const next = this.queue.then(() => this.readOne(oid));
    this.queue = next.catch(() => void 0);
    return next;
  }
  close() {
    this.proc?.stdin.end();
    this.proc = void 0;
  }
  start() {
    const proc = spawn("git", ["-c", "safe.directory=*", "cat-file", "--batch"], { cwd: this.cwd, env: gitEnv() });
    proc.stdout.on("data", (chunk) => {
      this.chunks.push(chunk);
      this.size += chunk.length;
      this.waiting.shift()?.(Buffer.alloc(0));
    });
    const fail = (err) => {
      for (const w of this.waiting.splice(0)) w(err);
    };
    proc.on("error", fail);
    proc.on("exit", () => fail(new Error("git cat-file exited")));
    proc.stdin.on("error", fail);
    return proc;
  }
  buffered() {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0];
  }
  consume(n) {
    const rest = this.buffered().subarray(n);
    this.chunks = [rest];
    this.size = rest.length;
  }
  async take(n) {
    while (this.size < n) {
      const got = await new Promise((resolve2) => this.waiting.push(resolve2));
      if (got instanceof Error) throw got;
    }
    const out = this.buffered().subarray(0, n);
    this.consume(n);
    return out;
  }
  async takeLine() {
    for (; ; ) {
      const nl = this.buffered().indexOf(10);
      if (nl >= 0) {
        const line = this.buffered().subarray(0, nl).toString("utf8");
        this.consume(nl + 1);
        return line;
      }
      const got = await new Promise((resolve2) => this.waiting.push(resolve2));
      if (got instanceof Error) throw got;
    }
  }
  async readOne(oid) {
    if (!/^[0-9a-f]{40,64}$/.test(oid)) throw new Error(`invalid object id ${oid}`);
    this.proc ??= this.start();
    this.proc.stdin.write(`${oid}
`);
    const header = await this.takeLine();
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file: ${header}`);
    const body = Buffer.from(await this.take(Number(m[3])));
    await this.take(1);
    return body;
  }
};

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

// src/context/tree.ts
import { constants, promises as fs } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
var ReadError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "ReadError";
  }
  code;
};
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
var GitTree = class {
  constructor(cwd, commit, side) {
    this.cwd = cwd;
    this.commit = commit;
    this.label = `${side} (${commit.slice(0, 7)})`;
    this.blobs = new BlobReader(cwd);
  }
  cwd;
  commit;
  label;
  blobs;
  entries;
  async all() {
    if (this.entries) return this.entries;
    const out = await git(this.cwd, ["ls-tree", "-r", "-z", "--long", "--full-tree", this.commit]);
    const map = /* @__PURE__ */ new Map();
    for (const rec of out.toString("utf8").split("\0")) {
      if (!rec) continue;
      const tab = rec.indexOf("	");
      const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
      const path = rec.slice(tab + 1);
      const kind = mode === "120000" ? "symlink" : type === "commit" ? "submodule" : type === "blob" ? "file" : "other";
      map.set(path, { path, kind, size: Number(size) || 0, oid });
    }
    this.entries = map;
    return map;
  }
  async list(dir) {
    const prefix = dir === "" || dir === "." ? "" : `${dir}/`;
    const out = [];
    for (const e of (await this.all()).values()) if (e.path.startsWith(prefix)) out.push(e);
    return out.sort(byPath);
  }
  async stat(path) {
    return (await this.all()).get(path);
  }
  async read(path, maxBytes) {
    const e = await this.stat(path);
    if (!e) throw new ReadError("missing", `${path} does not exist in ${this.label}`);
    if (e.kind === "symlink") throw new ReadError("symlink", `${path} is a symbolic link; samples must be regular files`);
    if (e.kind !== "file") throw new ReadError("not-a-file", `${path} is not a regular file (${e.kind})`);
    if (e.size > maxBytes) {
      throw new ReadError("too-large", `${path} is ${e.size} bytes, over the limit of ${maxBytes}`);
    }
    return this.blobs.read(e.oid);
  }
  close() {
    this.blobs.close();
  }
};
var FsTree = class {
  constructor(root) {
    this.root = root;
  }
  root;
  label = "working tree";
  commit = void 0;
  async list(dir) {
    const out = [];
    const walk = async (rel) => {
      let names;
      try {
        names = await fs.readdir(join(this.root, rel));
      } catch {
        return;
      }
      for (const name of names.sort()) {
        if (rel === "" && name === ".git") continue;
        const path = rel === "" ? name : `${rel}/${name}`;
        const st = await fs.lstat(join(this.root, path));
        if (st.isDirectory()) await walk(path);
        else out.push({ path, kind: st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other", size: st.size });
      }
    };
    const start = dir === "." ? "" : dir;
    const top = await this.stat(start);
    if (top && start !== "") out.push(top);
    else await walk(start);
    return out.sort(byPath);
  }
  async stat(path) {
    try {
      const st = await fs.lstat(join(this.root, path));
      if (st.isDirectory()) return void 0;
      return { path, kind: st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other", size: st.size };
    } catch {
      return void 0;
    }
  }
  async read(path, maxBytes) {
    const abs = join(this.root, path);
    const link = await fs.lstat(abs).catch(() => void 0);
    if (link?.isSymbolicLink()) throw new ReadError("symlink", `${path} is a symbolic link; samples must be regular files`);
    if (link && !link.isFile()) throw new ReadError("not-a-file", `${path} is not a regular file`);
    const real = await fs.realpath(abs).catch(() => void 0);
    if (real === void 0) throw new ReadError("missing", `${path} does not exist in the ${this.label}`);
    const rootReal = await fs.realpath(this.root);
    const rel = relative(rootReal, real);
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new ReadError("outside-repo", `${path} resolves outside the repository`);
    }
    let handle;
    try {
      handle = await fs.open(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (err) {
      const code = err.code;
      if (code === "ELOOP") throw new ReadError("symlink", `${path} is a symbolic link; samples must be regular files`);
      throw new ReadError("unreadable", `${path} cannot be opened (${code ?? "error"})`);
    }
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new ReadError("not-a-file", `${path} is not a regular file`);
      if (st.size > maxBytes) throw new ReadError("too-large", `${path} is ${st.size} bytes, over the limit of ${maxBytes}`);
      const buf = Buffer.alloc(st.size);
      let off = 0;
      while (off < st.size) {
        const { bytesRead } = await handle.read(buf, off, st.size - off, off);
        if (bytesRead === 0) break;
        off += bytesRead;
      }
      return buf.subarray(0, off);
    } finally {
      await handle.close();
    }
  }
  close() {
  }
};

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
import { promises as fs2 } from "node:fs";
import { join as join2 } from "node:path";
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
  const file = join2(gitDirectory, "lfs", "objects", ptr.oid.slice(0, 2), ptr.oid.slice(2, 4), ptr.oid);
  let bytes;
  try {
    const st = await fs2.lstat(file);
    if (!st.isFile()) return { status: "missing" };
    if (st.size > maxBytes) return { status: "too-large" };
    bytes = await fs2.readFile(file);
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

// src/dataset/parquet.ts
import * as zlib from "node:zlib";

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
];
var Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT"
];
var FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
];
var ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
];
var CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
];
var PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
];
var BoundaryOrders = [
  "UNORDERED",
  "ASCENDING",
  "DESCENDING"
];
var EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet/src/wkb.js
function wkbToGeojson(reader) {
  const flags = getFlags(reader);
  if (flags.type === 1) {
    return { type: "Point", coordinates: readPosition(reader, flags) };
  } else if (flags.type === 2) {
    return { type: "LineString", coordinates: readLine(reader, flags) };
  } else if (flags.type === 3) {
    return { type: "Polygon", coordinates: readPolygon(reader, flags) };
  } else if (flags.type === 4) {
    const points = [];
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)));
    }
    return { type: "MultiPoint", coordinates: points };
  } else if (flags.type === 5) {
    const lines = [];
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)));
    }
    return { type: "MultiLineString", coordinates: lines };
  } else if (flags.type === 6) {
    const polygons = [];
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)));
    }
    return { type: "MultiPolygon", coordinates: polygons };
  } else if (flags.type === 7) {
    const geometries = [];
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader));
    }
    return { type: "GeometryCollection", geometries };
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`);
  }
}
function getFlags(reader) {
  const { view } = reader;
  const littleEndian = view.getUint8(reader.offset++) === 1;
  const rawType = view.getUint32(reader.offset, littleEndian);
  reader.offset += 4;
  const type = rawType % 1e3;
  const flags = Math.floor(rawType / 1e3);
  let count = 0;
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian);
    reader.offset += 4;
  }
  let dim = 2;
  if (flags) dim++;
  if (flags === 3) dim++;
  return { littleEndian, type, dim, count };
}
function readPosition(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian);
    reader.offset += 8;
    points.push(coord);
  }
  return points;
}
function readLine(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags));
  }
  return points;
}
function readPolygon(reader, flags) {
  const { view } = reader;
  const rings = [];
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian);
    reader.offset += 4;
    rings.push(readLine(reader, { ...flags, count }));
  }
  return rings;
}

// node_modules/hyparquet/src/convert.js
var decoder = new TextDecoder();
var DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis));
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n));
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n));
  },
  dateFromDays(days) {
    return new Date(days * 864e5);
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes);
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes));
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  uuidFromBytes(bytes) {
    if (!bytes) return void 0;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20, 32);
  }
};
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith("_DICTIONARY")) {
    let output = data;
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      output = new dictionary.constructor(data.length);
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]];
    }
    return output;
  } else {
    return convert(data, columnDecoder);
  }
}
function convert(data, columnDecoder) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder;
  const { type, converted_type: ctype, logical_type: ltype } = element;
  const nullable = element.repetition_type !== "REQUIRED";
  const isVariant = schemaPath?.some((s) => s.element.logical_type?.type === "VARIANT");
  if (isVariant && type === "BYTE_ARRAY" && ctype !== "UTF8" && ltype?.type !== "STRING") {
    return data;
  }
  if (ctype === "DECIMAL") {
    const scale = element.scale || 0;
    const factor = 10 ** -scale;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        arr[i] = parseDecimal(data[i]) * factor;
      } else {
        arr[i] = Number(data[i]) * factor;
      }
    }
    return arr;
  }
  if (!ctype && type === "INT96") {
    return Array.from(data).map((v) => parsers.timestampFromNanoseconds(parseInt96Nanos(v)));
  }
  if (ctype === "DATE") {
    return Array.from(data).map((v) => parsers.dateFromDays(v));
  }
  if (ctype === "TIMESTAMP_MILLIS") {
    return Array.from(data).map((v) => parsers.timestampFromMilliseconds(v));
  }
  if (ctype === "TIMESTAMP_MICROS") {
    return Array.from(data).map((v) => parsers.timestampFromMicroseconds(v));
  }
  if (ctype === "JSON") {
    return data.map((v) => parsers.jsonFromBytes(v));
  }
  if (ctype === "BSON") {
    throw new Error("parquet bson not supported");
  }
  if (ctype === "INTERVAL") {
    throw new Error("parquet interval not supported");
  }
  if (ltype?.type === "GEOMETRY") {
    return data.map((v) => parsers.geometryFromBytes(v));
  }
  if (ltype?.type === "GEOGRAPHY") {
    return data.map((v) => parsers.geographyFromBytes(v));
  }
  if (ltype?.type === "UUID") {
    return data.map((v) => parsers.uuidFromBytes(v));
  }
  if (ctype === "UTF8" || ltype?.type === "STRING" || utf8 && type === "BYTE_ARRAY") {
    return data.map((v) => parsers.stringFromBytes(v));
  }
  if (ctype === "UINT_64" || ltype?.type === "INTEGER" && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length);
    for (let i = 0; i < arr.length; i++) arr[i] = data[i];
    return arr;
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i];
    }
    return arr;
  }
  if (ltype?.type === "FLOAT16") {
    return Array.from(data).map(parseFloat16);
  }
  if (ltype?.type === "TIMESTAMP") {
    const { unit } = ltype;
    let parser = parsers.timestampFromMilliseconds;
    if (unit === "MICROS") parser = parsers.timestampFromMicroseconds;
    if (unit === "NANOS") parser = parsers.timestampFromNanoseconds;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i]);
    }
    return arr;
  }
  return data;
}
function parseDecimal(bytes) {
  if (!bytes.length) return 0;
  let value = 0n;
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte);
  }
  const bits = bytes.length * 8;
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits);
  }
  return Number(value);
}
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n;
  const nano = value & 0xffffffffffffffffn;
  return days * 86400000000000n + nano;
}
function parseFloat16(bytes) {
  if (!bytes) return void 0;
  const int16 = bytes[1] << 8 | bytes[0];
  const sign = int16 >> 15 ? -1 : 1;
  const exp = int16 >> 10 & 31;
  const frac = int16 & 1023;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex];
  const children = [];
  let count = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count];
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name]);
      count += child.count;
      children.push(child);
    }
  }
  return { count, element, children, path };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  const path = [tree];
  for (const part of name) {
    const child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path.push(child);
    tree = child;
  }
  return path;
}
function getPhysicalColumns(schemaTree2) {
  const columns = [];
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child);
      }
    } else {
      columns.push(node.path.join("."));
    }
  }
  traverse(schemaTree2);
  return columns;
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath) {
    if (element.repetition_type === "REPEATED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== "REQUIRED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function isListLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "LIST") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length > 1) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  return true;
}
function isMapLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "MAP") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length !== 2) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  const keyChild = firstChild.children.find((child) => child.element.name === "key");
  if (keyChild?.element.repetition_type === "REPEATED") return false;
  const valueChild = firstChild.children.find((child) => child.element.name === "value");
  if (valueChild?.element.repetition_type === "REPEATED") return false;
  return true;
}
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false;
  const [, column] = schemaPath;
  if (column.element.repetition_type === "REPEATED") return false;
  if (column.children.length) return false;
  return true;
}

// node_modules/hyparquet/src/thrift.js
var STOP = 0;
var TRUE = 1;
var FALSE = 2;
var BYTE = 3;
var I16 = 4;
var I32 = 5;
var I64 = 6;
var DOUBLE = 7;
var BINARY = 8;
var LIST = 9;
var STRUCT = 12;
function deserializeTCompactProtocol(reader) {
  const value = {};
  let fid = 0;
  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error("thrift struct ended without STOP");
    const byte = reader.view.getUint8(reader.offset++);
    const type = byte & 15;
    if (type === STOP) break;
    const delta = byte >> 4;
    fid = delta ? fid + delta : readZigZag(reader);
    value[`field_${fid}`] = readElement(reader, type);
  }
  return value;
}
function readElement(reader, type) {
  switch (type) {
    case TRUE:
      return true;
    case FALSE:
      return false;
    case BYTE:
      return reader.view.getInt8(reader.offset++);
    case I16:
    case I32:
      return readZigZag(reader);
    case I64:
      return readZigZagBigInt(reader);
    case DOUBLE: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case BINARY: {
      const stringLength = readVarInt(reader);
      if (reader.offset + stringLength > reader.view.byteLength) {
        throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`);
      }
      const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength);
      reader.offset += stringLength;
      return strBytes;
    }
    case LIST: {
      const byte = reader.view.getUint8(reader.offset++);
      const elemType = byte & 15;
      let listSize = byte >> 4;
      if (listSize === 15) {
        listSize = readVarInt(reader);
      }
      const boolType = elemType === TRUE || elemType === FALSE;
      const values = new Array(listSize);
      for (let i = 0; i < listSize; i++) {
        values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType);
      }
      return values;
    }
    case STRUCT:
      return deserializeTCompactProtocol(reader);
    default:
      throw new Error(`thrift unhandled type: ${type}`);
  }
}
function readVarInt(reader) {
  let result = 0;
  let shift = 0;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= (byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7;
  }
}
function readVarBigInt(reader) {
  let result = 0n;
  let shift = 0n;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= BigInt(byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7n;
  }
}
function readZigZag(reader) {
  const zigzag = readVarInt(reader);
  return zigzag >>> 1 ^ -(zigzag & 1);
}
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader);
  return zigzag >> 1n ^ -(zigzag & 1n);
}

// node_modules/hyparquet/src/geoparquet.js
function markGeoColumns(schema, key_value_metadata) {
  const columns = /* @__PURE__ */ new Map();
  const geo = key_value_metadata?.find(({ key: key2 }) => key2 === "geo")?.value;
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {};
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== "WKB") continue;
    const type = column.edges === "spherical" ? "GEOGRAPHY" : "GEOMETRY";
    const id = column.crs?.id ?? column.crs?.ids?.[0];
    const crs = id ? `${id.authority}:${id.code.toString()}` : void 0;
    columns.set(name, { type, crs });
  }
  for (let i = 1; i < schema.length; i++) {
    const { logical_type, name, num_children, type } = schema[i];
    if (num_children) {
      i += num_children;
      continue;
    }
    if (type === "BYTE_ARRAY" && !logical_type) {
      schema[i].logical_type = columns.get(name);
    }
  }
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19;
var decoder2 = new TextDecoder();
function decode(value) {
  return value && decoder2.decode(value);
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error("parquet expected AsyncBuffer");
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize);
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength);
  const footerView = new DataView(footerBuffer);
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true);
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`);
  }
  if (metadataLength + 8 > initialFetchSize) {
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8;
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset);
    const combinedBuffer = new ArrayBuffer(metadataLength + 8);
    const combinedView = new Uint8Array(combinedBuffer);
    combinedView.set(new Uint8Array(metadataBuffer));
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset);
    return parquetMetadata(combinedBuffer, { parsers, geoparquet });
  } else {
    return parquetMetadata(footerBuffer, { parsers, geoparquet });
  }
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view;
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer);
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength);
  } else {
    throw new Error("parquet expected ArrayBuffer or Uint8Array");
  }
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  if (view.byteLength < 8) {
    throw new Error("parquet file is too short");
  }
  if (view.getUint32(view.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLengthOffset = view.byteLength - 8;
  const metadataLength = view.getUint32(metadataLengthOffset, true);
  if (metadataLength > view.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`);
  }
  const metadataOffset = metadataLengthOffset - metadataLength;
  const reader = { view, offset: metadataOffset };
  const metadata = deserializeTCompactProtocol(reader);
  const version = metadata.field_1;
  const schema = metadata.field_2.map((field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10)
  }));
  const columnSchema = schema.filter((e) => e.type);
  const num_rows = metadata.field_3;
  const row_groups = metadata.field_4.map((rowGroup) => ({
    columns: rowGroup.field_1.map((column, columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2)
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8
          },
          geospatial_types: column.field_3.field_17.field_2
        }
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7
  }));
  const key_value_metadata = metadata.field_5?.map((kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2)
  }));
  const created_by = decode(metadata.field_6);
  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata);
  }
  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength
  };
}
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}
function logicalType(logicalType2) {
  if (logicalType2?.field_1) return { type: "STRING" };
  if (logicalType2?.field_2) return { type: "MAP" };
  if (logicalType2?.field_3) return { type: "LIST" };
  if (logicalType2?.field_4) return { type: "ENUM" };
  if (logicalType2?.field_5) return {
    type: "DECIMAL",
    scale: logicalType2.field_5.field_1,
    precision: logicalType2.field_5.field_2
  };
  if (logicalType2?.field_6) return { type: "DATE" };
  if (logicalType2?.field_7) return {
    type: "TIME",
    isAdjustedToUTC: logicalType2.field_7.field_1,
    unit: timeUnit(logicalType2.field_7.field_2)
  };
  if (logicalType2?.field_8) return {
    type: "TIMESTAMP",
    isAdjustedToUTC: logicalType2.field_8.field_1,
    unit: timeUnit(logicalType2.field_8.field_2)
  };
  if (logicalType2?.field_10) return {
    type: "INTEGER",
    bitWidth: logicalType2.field_10.field_1,
    isSigned: logicalType2.field_10.field_2
  };
  if (logicalType2?.field_11) return { type: "NULL" };
  if (logicalType2?.field_12) return { type: "JSON" };
  if (logicalType2?.field_13) return { type: "BSON" };
  if (logicalType2?.field_14) return { type: "UUID" };
  if (logicalType2?.field_15) return { type: "FLOAT16" };
  if (logicalType2?.field_16) return {
    type: "VARIANT",
    specification_version: logicalType2.field_16.field_1
  };
  if (logicalType2?.field_17) return {
    type: "GEOMETRY",
    crs: decode(logicalType2.field_17.field_1)
  };
  if (logicalType2?.field_18) return {
    type: "GEOGRAPHY",
    crs: decode(logicalType2.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType2.field_18.field_2]
  };
  return logicalType2;
}
function timeUnit(unit) {
  if (unit.field_1) return "MILLIS";
  if (unit.field_2) return "MICROS";
  if (unit.field_3) return "NANOS";
  throw new Error("parquet time unit required");
}
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema;
  if (value === void 0) return value;
  if (type === "BOOLEAN") return value[0] === 1;
  if (type === "BYTE_ARRAY") return parsers.stringFromBytes(value);
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (type === "FLOAT" && view.byteLength === 4) return view.getFloat32(0, true);
  if (type === "DOUBLE" && view.byteLength === 8) return view.getFloat64(0, true);
  if (type === "INT32" && converted_type === "DECIMAL" && view.byteLength === 4) {
    return view.getInt32(0, true) * 10 ** -(schema.scale || 0);
  }
  if (type === "INT64" && converted_type === "DECIMAL" && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) * 10 ** -(schema.scale || 0);
  }
  if (type === "INT32" && converted_type === "DATE") return parsers.dateFromDays(view.getInt32(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "NANOS") return parsers.timestampFromNanoseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  const unsigned = converted_type?.startsWith("UINT_") || logical_type?.type === "INTEGER" && !logical_type.isSigned;
  if (type === "INT32" && unsigned && view.byteLength === 4) return view.getUint32(0, true);
  if (type === "INT64" && unsigned && view.byteLength === 8) return view.getBigUint64(0, true);
  if (type === "INT32" && view.byteLength === 4) return view.getInt32(0, true);
  if (type === "INT64" && view.byteLength === 8) return view.getBigInt64(0, true);
  if (converted_type === "DECIMAL") return parseDecimal(value) * 10 ** -(schema.scale || 0);
  if (logical_type?.type === "FLOAT16") return parseFloat16(value);
  if (logical_type?.type === "UUID") return parsers.uuidFromBytes(value);
  if (type === "FIXED_LEN_BYTE_ARRAY") return value;
  return value;
}

// node_modules/hyparquet/src/indexes.js
function readColumnIndex(reader, schema, parsers = void 0) {
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  const thrift = deserializeTCompactProtocol(reader);
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7
  };
}
function readOffsetIndex(reader) {
  const thrift = deserializeTCompactProtocol(reader);
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map((loc) => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3
    })),
    unencoded_byte_array_data_bytes: thrift.field_2
  };
}

// node_modules/hyparquet/src/xxhash.js
var MASK = 0xffffffffffffffffn;
var PRIME1 = 0x9e3779b185ebca87n;
var PRIME2 = 0xc2b2ae3d27d4eb4fn;
var PRIME3 = 0x165667b19e3779f9n;
var PRIME4 = 0x85ebca77c2b2ae63n;
var PRIME5 = 0x27d4eb2f165667c5n;
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK;
}
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK;
  acc = rotl64(acc, 31n);
  return acc * PRIME1 & MASK;
}
function mergeRound(acc, val) {
  acc ^= round(0n, val);
  return acc * PRIME1 + PRIME4 & MASK;
}
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const len = input.byteLength;
  let offset = 0;
  let h64;
  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK;
    let v2 = seed + PRIME2 & MASK;
    let v3 = seed;
    let v4 = seed - PRIME1 & MASK;
    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true));
      offset += 8;
      v2 = round(v2, view.getBigUint64(offset, true));
      offset += 8;
      v3 = round(v3, view.getBigUint64(offset, true));
      offset += 8;
      v4 = round(v4, view.getBigUint64(offset, true));
      offset += 8;
    }
    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK;
    h64 = mergeRound(h64, v1);
    h64 = mergeRound(h64, v2);
    h64 = mergeRound(h64, v3);
    h64 = mergeRound(h64, v4);
  } else {
    h64 = seed + PRIME5 & MASK;
  }
  h64 = h64 + BigInt(len) & MASK;
  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true));
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK;
    offset += 8;
  }
  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK;
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK;
    offset += 4;
  }
  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK;
    h64 = rotl64(h64, 11n) * PRIME1 & MASK;
    offset += 1;
  }
  h64 ^= h64 >> 33n;
  h64 = h64 * PRIME2 & MASK;
  h64 ^= h64 >> 29n;
  h64 = h64 * PRIME3 & MASK;
  h64 ^= h64 >> 32n;
  return h64;
}

// node_modules/hyparquet/src/bloom.js
var textEncoder = new TextEncoder();
var SALT = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash) {
  const m = new Uint32Array(8);
  const low = Number(hash & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27);
  }
  return m;
}
function sbbfContains(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3;
  const m = blockMask(hash);
  for (let i = 0; i < 8; i++) {
    if ((blocks[offset + i] & m[i]) === 0) return false;
  }
  return true;
}
function readBloomFilter(reader) {
  const header = deserializeTCompactProtocol(reader);
  const numBytes = header.field_1;
  if (typeof numBytes !== "number" || numBytes <= 0 || numBytes % 32 !== 0) return void 0;
  if (!header.field_2?.field_1) return void 0;
  if (!header.field_3?.field_1) return void 0;
  if (!header.field_4?.field_1) return void 0;
  const { view, offset } = reader;
  if (offset + numBytes > view.byteLength) {
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`);
  }
  const blocks = new Uint32Array(numBytes >> 2);
  for (let i = 0; i < blocks.length; i++) {
    blocks[i] = view.getUint32(offset + i * 4, true);
  }
  reader.offset = offset + numBytes;
  return { numBytes, blocks };
}
function hashParquetValue(value, element) {
  if (value === null || value === void 0) return void 0;
  const { type, converted_type, logical_type } = element;
  if (type === "BOOLEAN") {
    if (typeof value !== "boolean") return void 0;
    return xxhash64(new Uint8Array([value ? 1 : 0]));
  }
  if (type === "FLOAT") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setFloat32(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "DOUBLE") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setFloat64(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT32") {
    if (converted_type === "DATE" || converted_type === "DECIMAL" || converted_type === "TIME_MILLIS") return void 0;
    if (logical_type?.type === "DATE" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    if (typeof value !== "number" || !Number.isInteger(value)) return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setInt32(0, value | 0, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT64") {
    if (converted_type === "TIMESTAMP_MILLIS" || converted_type === "TIMESTAMP_MICROS") return void 0;
    if (converted_type === "TIME_MICROS" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "TIMESTAMP" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    let bigValue;
    if (typeof value === "bigint") bigValue = value;
    else if (typeof value === "number" && Number.isSafeInteger(value)) bigValue = BigInt(value);
    else return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "BYTE_ARRAY") {
    if (converted_type === "JSON" || converted_type === "BSON" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "JSON" || logical_type?.type === "BSON" || logical_type?.type === "VARIANT") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (typeof value === "string") return xxhash64(textEncoder.encode(value));
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (converted_type === "DECIMAL" || converted_type === "INTERVAL") return void 0;
    if (logical_type?.type === "DECIMAL" || logical_type?.type === "UUID" || logical_type?.type === "FLOAT16") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  return void 0;
}
function bloomEligibleColumns(filter) {
  const out = /* @__PURE__ */ new Set();
  walkBloomEligible(filter, out);
  return out;
}
function walkBloomEligible(filter, out) {
  if (!filter) return;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    for (const sub of filter.$and) walkBloomEligible(sub, out);
    return;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    for (const sub of filter.$or) walkBloomEligible(sub, out);
    return;
  }
  if ("$nor" in filter) return;
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith("$")) continue;
    if (typeof condition === "object" && condition !== null && !Array.isArray(condition)) {
      if ("$eq" in condition || "$in" in condition) out.add(field);
    } else {
      out.add(field);
    }
  }
}

// node_modules/hyparquet/src/utils.js
function concat(aaa, bbb) {
  const chunk = 1e4;
  for (let i = 0; i < bbb.length; i += chunk) {
    aaa.push(...bbb.slice(i, i + chunk));
  }
}
function equals(a, b, strict = true) {
  if (strict ? a === b : a == b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!equals(a[i], b[i], strict)) return false;
    }
    return true;
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const k of aKeys) {
    if (!equals(a[k], b[k], strict)) return false;
  }
  return true;
}
function flatten(chunks) {
  if (!chunks) return [];
  if (chunks.length === 1) return chunks[0];
  const output = [];
  for (const chunk of chunks) {
    concat(output, chunk);
  }
  return output;
}

// node_modules/hyparquet/src/filter.js
var encoder = new TextEncoder();
function pathsNeededForFilter(filter) {
  if (!filter) return [];
  const paths = [];
  if ("$and" in filter && Array.isArray(filter.$and)) {
    paths.push(...filter.$and.flatMap(pathsNeededForFilter));
  } else if ("$or" in filter && Array.isArray(filter.$or)) {
    paths.push(...filter.$or.flatMap(pathsNeededForFilter));
  } else if ("$nor" in filter && Array.isArray(filter.$nor)) {
    paths.push(...filter.$nor.flatMap(pathsNeededForFilter));
  } else {
    paths.push(...Object.keys(filter));
  }
  return [...new Set(paths)];
}
function columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map((path) => path.split(".")[0]))];
}
function matchFilter(record, filter, strict = true) {
  if ("$and" in filter && Array.isArray(filter.$and)) {
    return filter.$and.every((subQuery) => matchFilter(record, subQuery, strict));
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    return filter.$or.some((subQuery) => matchFilter(record, subQuery, strict));
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return !filter.$nor.some((subQuery) => matchFilter(record, subQuery, strict));
  }
  return Object.entries(filter).every(([field, condition]) => {
    const value = resolve(record, field);
    if (typeof condition !== "object" || condition === null || Array.isArray(condition)) {
      return equals(value, condition, strict);
    }
    return Object.entries(condition || {}).every(([operator, target]) => {
      if (operator === "$gt") return value !== null && value !== void 0 && value > target;
      if (operator === "$gte") return value !== null && value !== void 0 && value >= target;
      if (operator === "$lt") return value !== null && value !== void 0 && value < target;
      if (operator === "$lte") return value !== null && value !== void 0 && value <= target;
      if (operator === "$eq") return equals(value, target, strict);
      if (operator === "$ne") return !equals(value, target, strict);
      if (operator === "$in") return Array.isArray(target) && matchesIn(value, target, strict);
      if (operator === "$nin") return Array.isArray(target) && !matchesIn(value, target, strict);
      if (operator === "$not") return !matchFilter({ value }, { value: target }, strict);
      return true;
    });
  });
}
function matchesIn(value, targets, strict) {
  return targets.some((target) => equals(value, target, strict) || Array.isArray(value) && value.some((element) => equals(element, target, strict)));
}
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = true, bloomFilters, schemaElements }) {
  if (!filter) return false;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    return filter.$and.some((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    return filter.$or.every((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return false;
  }
  for (const [field, condition] of Object.entries(filter)) {
    const columnIndex = physicalColumns.indexOf(field);
    if (columnIndex === -1) continue;
    const stats = rowGroup.columns[columnIndex].meta_data?.statistics;
    const { min, max, min_value, max_value, null_count: nullCount } = stats || {};
    const minVal = min_value !== void 0 ? min_value : min;
    const maxVal = max_value !== void 0 ? max_value : max;
    const haveStats = minVal !== void 0 && maxVal !== void 0;
    const bloom = bloomFilters?.[field];
    const element = schemaElements?.[field];
    const matchingNulls = matchFilter({ value: null }, { value: condition }, strict) && (nullCount === void 0 || nullCount > 0);
    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element)) {
      return true;
    }
    for (const [operator, target] of Object.entries(condition || {})) {
      if (bloom && element) {
        if (operator === "$eq") {
          const hash = hashParquetValue(target, element);
          if (hash !== void 0 && !sbbfContains(bloom.blocks, hash)) return true;
        }
        if (operator === "$in" && Array.isArray(target) && target.length > 0) {
          let allAbsent = true;
          for (const v of target) {
            const h = hashParquetValue(v, element);
            if (h === void 0 || sbbfContains(bloom.blocks, h)) {
              allAbsent = false;
              break;
            }
          }
          if (allAbsent) return true;
        }
      }
    }
  }
  return false;
}
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === void 0 || maxVal === void 0) return false;
  const mayContainNaN = element?.type === "FLOAT" || element?.type === "DOUBLE" || element?.logical_type?.type === "FLOAT16";
  for (const [operator, target] of Object.entries(condition || {})) {
    const minComparison = compareParquetValues(minVal, target, strict, element);
    const maxComparison = compareParquetValues(maxVal, target, strict, element);
    const binaryBounds = minVal instanceof Uint8Array || maxVal instanceof Uint8Array;
    const relationalBoundsAreSafe = !binaryBounds && (element?.type !== "BYTE_ARRAY" || typeof target === "string" && [...target].every((character) => character.charCodeAt(0) <= 127));
    if (operator === "$gt" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison <= 0) return true;
    if (operator === "$gte" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison < 0) return true;
    if (operator === "$lt" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison >= 0) return true;
    if (operator === "$lte" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison > 0) return true;
    if (operator === "$eq") {
      const targetMinComparison = compareParquetValues(target, minVal, strict, element);
      const targetMaxComparison = compareParquetValues(target, maxVal, strict, element);
      if (targetMinComparison !== void 0 && targetMinComparison < 0 || targetMaxComparison !== void 0 && targetMaxComparison > 0) return true;
    }
    if (operator === "$ne" && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict)) return true;
    if (operator === "$in" && Array.isArray(target) && target.every((value) => {
      const valueMinComparison = compareParquetValues(value, minVal, strict, element);
      const valueMaxComparison = compareParquetValues(value, maxVal, strict, element);
      return valueMinComparison !== void 0 && valueMinComparison < 0 || valueMaxComparison !== void 0 && valueMaxComparison > 0;
    })) return true;
    if (operator === "$nin" && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some((value) => equals(minVal, value, strict))) return true;
  }
  return false;
}
function compareParquetValues(a, b, strict, element) {
  if (element?.type === "BYTE_ARRAY") {
    if (typeof a !== "string" || typeof b !== "string") return void 0;
    return compareBytes(encoder.encode(a), encoder.encode(b));
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return void 0;
    return compareBytes(a, b);
  }
  if (a < b) return -1;
  if (a > b) return 1;
  if (equals(a, b, strict)) return 0;
  return void 0;
}
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  if (a.length < b.length) return -1;
  if (a.length > b.length) return 1;
  return 0;
}
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict);
}
function filterPageRanges(filter, columnPages, groupRows, strict = true) {
  if (!filter) return void 0;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    let ranges;
    for (const subFilter of filter.$and) {
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict));
    }
    return ranges;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    let ranges = [];
    for (const subFilter of filter.$or) {
      const subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict);
      if (!subRanges) return void 0;
      ranges = unionRanges(ranges, subRanges);
    }
    return ranges;
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return void 0;
  }
  let result;
  for (const [field, condition] of Object.entries(filter)) {
    const pages = columnPages[field];
    if (!pages) continue;
    const nullCanMatch = matchesNull(condition, strict);
    const keep = [];
    for (let i = 0; i < pages.pageStarts.length; i++) {
      const start = pages.pageStarts[i];
      const end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows;
      const nullCount = pages.nullCounts?.[i];
      const matchingNulls = nullCanMatch && (nullCount === void 0 || nullCount > 0);
      const skip = !pages.nullPages[i] && !matchingNulls && canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element);
      if (!skip) {
        const last = keep[keep.length - 1];
        if (last && last[1] === start) last[1] = end;
        else keep.push([start, end]);
      }
    }
    result = intersectRanges(result, keep);
  }
  return result;
}
function intersectRanges(a, b) {
  if (!a) return b;
  if (!b) return a;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (start < end) out.push([start, end]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}
function unionRanges(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++];
    const last = out[out.length - 1];
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1]);
    else out.push([next[0], next[1]]);
  }
  return out;
}
function resolve(record, path) {
  let value = record;
  for (const part of path.split(".")) {
    value = value?.[part];
  }
  return value;
}

// node_modules/hyparquet/src/plan.js
var runLimit = 1 << 21;
var columnGapLimit = 1 << 13;
function parquetPlan(options) {
  const { metadata, rowStart = 0, columns, useOffsetIndex = false } = options;
  if (!metadata) throw new Error("parquetPlan requires metadata");
  const groups = [];
  const fetches = [];
  const indexes = [];
  const scanPlan = parquetPlanGroups(options);
  for (const group of scanPlan.groups) {
    const groupPlan = parquetPlanGroup({ ...group, columns, useOffsetIndex });
    groups.push(...groupPlan.groups);
    fetches.push(...groupPlan.fetches);
    indexes.push(...groupPlan.indexes);
  }
  fetches.push(...indexes);
  return { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups };
}
function parquetPlanGroups({ metadata, rowStart = 0, rowEnd = Infinity, columns, filter, filterStrict = true, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error("parquetPlan requires metadata");
  const schemaTree2 = parquetSchema(metadata);
  const physicalColumns = getPhysicalColumns(schemaTree2);
  const elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  } : schemaElements;
  const groups = [];
  let groupStart = 0;
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    const rowGroup = metadata.row_groups[groupIndex];
    const groupRows = Number(rowGroup.num_rows);
    const groupEnd = groupStart + groupRows;
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath
    })) {
      const selectStart = Math.max(rowStart - groupStart, 0);
      const selectEnd = Math.min(rowEnd - groupStart, groupRows);
      const pageRanges = pageRangesByGroup?.[groupIndex];
      const pageLocations = pageLocationsByGroup?.[groupIndex];
      let ranges = pageRanges ? pageRanges.map(([start, end]) => {
        const range = [Math.max(start, selectStart), Math.min(end, selectEnd)];
        return range;
      }).filter(([start, end]) => start < end) : [[selectStart, selectEnd]];
      if (ranges.length > 1) {
        const canSplit = rowGroup.columns.every((chunk) => {
          const columnName = chunk.meta_data?.path_in_schema[0];
          const columnPath = chunk.meta_data?.path_in_schema.join(".");
          if (columns && columnName && !columns.includes(columnName)) return true;
          return !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath]);
        });
        ranges = canSplit ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) : [[ranges[0][0], ranges[ranges.length - 1][1]]];
      }
      if (ranges.length) {
        groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations });
      }
    }
    groupStart = groupEnd;
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart };
}
function parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = false, pageRanges, pageLocations }) {
  const chunks = [];
  const fetches = [];
  const indexes = [];
  const narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows;
  for (const chunk of rowGroup.columns) {
    const meta = chunk.meta_data;
    if (chunk.file_path) throw new Error("parquet file_path not supported");
    if (!meta) throw new Error("parquet column metadata is undefined");
    if (columns && !columns.includes(meta.path_in_schema[0])) continue;
    const columnOffset = meta.dictionary_page_offset || meta.data_page_offset;
    const startByte = Number(columnOffset);
    const endByte = Number(columnOffset + meta.total_compressed_size);
    const chunkPageLocations = pageLocations?.[meta.path_in_schema.join(".")];
    if (chunkPageLocations && narrowed) {
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } });
    } else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      const startByte2 = Number(chunk.offset_index_offset);
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte: startByte2, endByte: startByte2 + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte }
      });
    } else {
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } });
    }
  }
  const columnRanges = [];
  let run;
  for (const chunk of chunks) {
    if ("pageLocations" in chunk) continue;
    if ("offsetIndex" in chunk) {
      indexes.push(chunk.offsetIndex);
    } else if (columns) {
      columnRanges.push(chunk.range);
    } else if (run && chunk.range.endByte - run.startByte <= runLimit) {
      run.endByte = chunk.range.endByte;
    } else {
      if (run) fetches.push(run);
      run = { ...chunk.range };
    }
  }
  if (run) fetches.push(run);
  fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit));
  const groups = ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd
  }));
  return { groups, fetches, indexes };
}
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  const selectedPageLayouts = rowGroup.columns.filter((chunk) => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || "")).map((chunk) => pageLocations?.[chunk.meta_data?.path_in_schema.join(".") || ""]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    const overlapsPage = last && selectedPageLayouts.some((pages) => {
      if (!pages) return true;
      const lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows));
      const rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows));
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1];
    });
    if (last && overlapsPage) last[1] = range[1];
    else merged.push([...range]);
  }
  return merged;
}
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < pages.length; i++) {
    const pageStart = Number(pages[i].first_row_index);
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows;
    if (pageEnd > rangeStart && pageStart < rangeEnd) {
      first = Math.min(first, i);
      last = i;
    }
  }
  return [first, last];
}
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = true }) {
  const result = metadata.row_groups.map(() => (
    /** @type {Record<string, BloomFilter>} */
    {}
  ));
  const eligibleCols = bloomEligibleColumns(filter);
  if (eligibleCols.size === 0) return result;
  const physicalColumns = getPhysicalColumns(parquetSchema(metadata));
  const tasks = [];
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict })) return;
    for (const colName of eligibleCols) {
      const columnIdx = physicalColumns.indexOf(colName);
      if (columnIdx === -1) continue;
      const meta = rowGroup.columns[columnIdx]?.meta_data;
      if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue;
      const start = Number(meta.bloom_filter_offset);
      const end = start + meta.bloom_filter_length;
      tasks.push((async () => {
        const buffer = await file.slice(start, end);
        const bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 });
        if (bloom) result[rgIdx][colName] = bloom;
      })());
    }
  });
  if (tasks.length) await Promise.all(tasks);
  return result;
}
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = true, rowStart = 0, rowEnd = Infinity, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  const pageRangesByGroup = metadata.row_groups.map(() => void 0);
  const pageLocationsByGroup = metadata.row_groups.map(() => (
    /** @type {Record<string, PageLocation[]>} */
    {}
  ));
  if (filter && "$nor" in filter && Array.isArray(filter.$nor)) {
    return { pageRangesByGroup, pageLocationsByGroup };
  }
  const filterColumns = pathsNeededForFilter(filter);
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup };
  const schemaTree2 = parquetSchema(metadata);
  const physicalColumns = getPhysicalColumns(schemaTree2);
  const elementsByPath = {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  };
  const indexRanges = [];
  const indexTasks = [];
  const candidateGroups = [];
  let groupStart = 0;
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    const groupRows = Number(rowGroup.num_rows);
    const groupEnd = groupStart + groupRows;
    const overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd;
    groupStart = groupEnd;
    if (!overlaps) return;
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return;
    const columnPages = {};
    let columnTaskCount = 0;
    const scheduledOffsetPaths = /* @__PURE__ */ new Set();
    let hasFilterIndex = false;
    for (const columnName of filterColumns) {
      const columnIdx = physicalColumns.indexOf(columnName);
      if (columnIdx === -1) continue;
      const chunk = rowGroup.columns[columnIdx];
      const meta = chunk?.meta_data;
      if (!meta) continue;
      if (!chunk.column_index_offset || !chunk.column_index_length) continue;
      if (!chunk.offset_index_offset || !chunk.offset_index_length) continue;
      const element = elementsByPath[columnName];
      if (!element) continue;
      hasFilterIndex = true;
      scheduledOffsetPaths.add(columnName);
      const columnIndexStart = Number(chunk.column_index_offset);
      const offsetIndexStart = Number(chunk.offset_index_offset);
      const columnIndexEnd = columnIndexStart + chunk.column_index_length;
      const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      );
      columnTaskCount++;
      indexTasks.push(async (prefetchedFile) => {
        const [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
        ]);
        const columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers);
        const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations;
        columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map((page) => Number(page.first_row_index)),
          element
        };
      });
    }
    if (hasFilterIndex) {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data;
        if (!meta) continue;
        const columnName = meta.path_in_schema[0];
        const columnPath = meta.path_in_schema.join(".");
        if (columns && !columns.includes(columnName)) continue;
        if (scheduledOffsetPaths.has(columnPath)) continue;
        if (!chunk.offset_index_offset || !chunk.offset_index_length) continue;
        scheduledOffsetPaths.add(columnPath);
        const offsetIndexStart = Number(chunk.offset_index_offset);
        const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd });
        columnTaskCount++;
        indexTasks.push(async (prefetchedFile) => {
          const offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd);
          const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations;
        });
      }
    }
    if (columnTaskCount) {
      candidateGroups.push({ rgIdx, groupRows, columnPages });
    }
  });
  if (indexTasks.length) {
    const prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) });
    await Promise.all(indexTasks.map((task) => task(prefetchedFile)));
    for (const { rgIdx, groupRows, columnPages } of candidateGroups) {
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict);
    }
  }
  return { pageRangesByGroup, pageLocationsByGroup };
}
function coalesceByteRanges(ranges, maxGap = 0, maxSize = Infinity) {
  const sorted = ranges.map((range) => ({ ...range })).sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize) {
      last.endByte = Math.max(last.endByte, range.endByte);
    } else {
      merged.push(range);
    }
  }
  return merged;
}
function physicalSchemaElements(schemaTree2) {
  const elements = {};
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) traverse(child);
    } else {
      elements[node.path.join(".")] = node.element;
    }
  }
  traverse(schemaTree2);
  return elements;
}
function prefetchAsyncBuffer(file, { fetches }) {
  const promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte));
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      const index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte);
      if (index < 0) {
        return file.slice(start, end);
      }
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        const startOffset = start - fetches[index].startByte;
        const endOffset = end - fetches[index].startByte;
        if (promises[index] instanceof Promise) {
          return promises[index].then((buffer) => buffer.slice(startOffset, endOffset));
        } else {
          return promises[index].slice(startOffset, endOffset);
        }
      } else {
        return promises[index];
      }
    }
  };
}

// node_modules/hyparquet/src/variant.js
var decoder3 = new TextDecoder();
var metadataCache = /* @__PURE__ */ new WeakMap();
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value)) {
    return value.map((entry) => decodeVariantColumn(entry, parsers));
  }
  if (typeof value !== "object") return value;
  if ("metadata" in value) {
    const metadata = parseVariantMetadata(value.metadata);
    const shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers);
    const binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers);
    if (shreddedFields && binaryValue) {
      return { ...binaryValue, ...shreddedFields };
    }
    return shreddedFields ?? binaryValue;
  }
  return value;
}
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue;
  if (typedValue && typeof typedValue === "object" && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ("typed_value" in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== void 0) {
      return decodeTypedValue(typedValue.typed_value, metadata, parsers);
    }
    if ("value" in typedValue && typedValue.value instanceof Uint8Array) {
      return readVariant(makeReader(typedValue.value), metadata, parsers);
    }
    if ("typed_value" in typedValue || "value" in typedValue) {
      return null;
    }
    const result = {};
    for (const [key2, field] of Object.entries(typedValue)) {
      if (!metadata.dictionary.includes(key2)) continue;
      result[key2] = decodeTypedValue(field, metadata, parsers);
    }
    return result;
  }
  if (typedValue instanceof Uint8Array) {
    return readVariant(makeReader(typedValue), metadata, parsers);
  }
  if (Array.isArray(typedValue)) {
    return typedValue.map((element) => decodeTypedValue(element, metadata, parsers));
  }
  return typedValue;
}
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer);
  if (!bufferCache) {
    bufferCache = /* @__PURE__ */ new Map();
    metadataCache.set(bytes.buffer, bufferCache);
  }
  const key2 = `${bytes.byteOffset}:${bytes.byteLength}`;
  const cached = bufferCache.get(key2);
  if (cached) return cached;
  const reader = makeReader(bytes);
  const header = reader.view.getUint8(reader.offset++);
  const version = header & 15;
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`);
  const sorted = (header >> 4 & 1) === 1;
  const offsetSize = (header >> 6 & 3) + 1;
  const dictionarySize = readUnsigned(reader, offsetSize);
  const offsets = new Array(dictionarySize + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetSize);
  }
  const base = reader.offset;
  const dictionary = new Array(dictionarySize);
  for (let i = 0; i < dictionarySize; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    const strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start);
    dictionary[i] = decoder3.decode(strBytes);
  }
  const metadata = { dictionary, sorted };
  bufferCache.set(key2, metadata);
  return metadata;
}
function readUnsigned(reader, byteWidth2) {
  let value = 0;
  for (let i = 0; i < byteWidth2; i++) {
    value |= reader.view.getUint8(reader.offset + i) << i * 8;
  }
  reader.offset += byteWidth2;
  return value;
}
function readVariant(reader, metadata, parsers) {
  const typeByte = reader.view.getUint8(reader.offset++);
  const basicType = typeByte & 3;
  const header = typeByte >> 2;
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers);
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers);
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers);
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header);
  reader.offset += header;
  return decoder3.decode(bytes);
}
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
    case 0:
      return null;
    case 1:
      return true;
    case 2:
      return false;
    case 3: {
      const value = reader.view.getInt8(reader.offset);
      reader.offset += 1;
      return value;
    }
    case 4: {
      const value = reader.view.getInt16(reader.offset, true);
      reader.offset += 2;
      return value;
    }
    case 5: {
      const value = reader.view.getInt32(reader.offset, true);
      reader.offset += 4;
      return value;
    }
    case 6: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 7: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 8:
      return readVariantDecimal(reader, 4);
    case 9:
      return readVariantDecimal(reader, 8);
    case 10:
      return readVariantDecimal(reader, 16);
    case 11: {
      const value = reader.view.getInt32(reader.offset, true);
      reader.offset += 4;
      return parsers.dateFromDays(value);
    }
    case 12:
    // timestamp_micros (utc)
    case 13: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return parsers.timestampFromMicroseconds(value);
    }
    case 14: {
      const value = reader.view.getFloat32(reader.offset, true);
      reader.offset += 4;
      return value;
    }
    case 15:
      return readVariantBinary(reader);
    case 16: {
      const bytes = readVariantBinary(reader);
      return decoder3.decode(bytes);
    }
    case 17: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 18:
    // timestamp_nanos (utc)
    case 19: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return parsers.timestampFromNanoseconds(value);
    }
    case 20: {
      const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16);
      reader.offset += 16;
      const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    default:
      throw new Error(`parquet unsupported variant primitive type: ${typeId}`);
  }
}
function readVariantObject(reader, header, metadata, parsers) {
  const offsetWidth = (header & 3) + 1;
  const idWidth = (header >> 2 & 3) + 1;
  const isLarge = header >> 4 & 1;
  const numElements = isLarge ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++);
  const fieldIds = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    fieldIds[i] = readUnsigned(reader, idWidth);
  }
  const offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth);
  }
  const out = {};
  for (let i = 0; i < numElements; i++) {
    const key2 = metadata.dictionary[fieldIds[i]];
    const valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i]
    };
    out[key2] = readVariant(valueReader, metadata, parsers);
  }
  reader.offset += offsets[offsets.length - 1];
  return out;
}
function readVariantArray(reader, header, metadata, parsers) {
  const fieldOffsetSize = header & 3;
  const isLarge = header >> 2 & 1;
  const offsetWidth = fieldOffsetSize + 1;
  const numElements = readUnsigned(reader, isLarge ? 4 : 1);
  const offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth);
  }
  const valuesStart = reader.offset;
  const result = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    const valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i]
    };
    result[i] = readVariant(valueReader, metadata, parsers);
  }
  reader.offset = valuesStart + offsets[offsets.length - 1];
  return result;
}
function readVariantDecimal(reader, width) {
  const scale = reader.view.getUint8(reader.offset);
  reader.offset += 1;
  let unscaled;
  if (width === 4) {
    unscaled = BigInt(reader.view.getInt32(reader.offset, true));
    reader.offset += 4;
  } else if (width === 8) {
    unscaled = reader.view.getBigInt64(reader.offset, true);
    reader.offset += 8;
  } else {
    const low = reader.view.getBigUint64(reader.offset, true);
    const high = reader.view.getBigInt64(reader.offset + 8, true);
    unscaled = high << 64n | low;
    reader.offset += 16;
  }
  return Number(unscaled) * 10 ** -scale;
}
function readVariantBinary(reader) {
  const length = reader.view.getUint32(reader.offset, true);
  reader.offset += 4;
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
  reader.offset += length;
  return bytes;
}

// node_modules/hyparquet/src/assemble.js
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values;
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel);
  }
  const n = definitionLevels?.length || repetitionLevels.length;
  const repetitionPath = schemaPath.map(({ element }) => element.repetition_type);
  let valueIndex = 0;
  const containerStack = [output];
  let currentContainer = output;
  let currentDepth = 0;
  let currentDefLevel = 0;
  let currentRepLevel = 0;
  if (repetitionLevels[0]) {
    while (currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]) {
      currentDepth++;
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        currentContainer = currentContainer.at(-1);
        containerStack.push(currentContainer);
        currentDefLevel++;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel++;
    }
  }
  for (let i = 0; i < n; i++) {
    const def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel;
    const rep = repetitionLevels[i];
    while (currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== "REPEATED")) {
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        containerStack.pop();
        currentDefLevel--;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel--;
      currentDepth--;
    }
    currentContainer = containerStack.at(-1);
    while ((currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === "REPEATED") && (currentDefLevel < def || repetitionPath[currentDepth + 1] === "REQUIRED")) {
      currentDepth++;
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        const newList = [];
        currentContainer.push(newList);
        currentContainer = newList;
        containerStack.push(newList);
        currentDefLevel++;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel++;
    }
    if (def === maxDefinitionLevel) {
      currentContainer.push(values[valueIndex++]);
    } else if (currentDepth === repetitionPath.length - 2) {
      currentContainer.push(null);
    } else {
      currentContainer.push([]);
    }
  }
  if (!output.length) {
    for (let i = 0; i < maxDefinitionLevel; i++) {
      const newList = [];
      currentContainer.push(newList);
      currentContainer = newList;
    }
  }
  return output;
}
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  const path = schema.path.join(".");
  const optional = schema.element.repetition_type === "OPTIONAL";
  const nextDepth = optional ? depth + 1 : depth;
  if (isListLike(schema)) {
    let sublist = schema.children[0];
    let subDepth = nextDepth;
    if (sublist.children.length === 1) {
      sublist = sublist.children[0];
      subDepth++;
    }
    assembleNested(subcolumnData, sublist, parsers, subDepth);
    const subcolumn = sublist.path.join(".");
    const values = subcolumnData.get(subcolumn);
    if (!values) throw new Error("parquet list column missing values");
    if (optional) flattenAtDepth(values, depth);
    subcolumnData.set(path, values);
    subcolumnData.delete(subcolumn);
    return;
  }
  if (isMapLike(schema)) {
    const mapName = schema.children[0].element.name;
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1);
    assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1);
    const keys = subcolumnData.get(`${path}.${mapName}.key`);
    const values = subcolumnData.get(`${path}.${mapName}.value`);
    if (!keys) throw new Error("parquet map column missing keys");
    if (!values) throw new Error("parquet map column missing values");
    if (keys.length !== values.length) {
      throw new Error("parquet map column key/value length mismatch");
    }
    const out = assembleMaps(keys, values, nextDepth);
    if (optional) flattenAtDepth(out, depth);
    subcolumnData.delete(`${path}.${mapName}.key`);
    subcolumnData.delete(`${path}.${mapName}.value`);
    subcolumnData.set(path, out);
    return;
  }
  if (schema.children.length) {
    const invertDepth = schema.element.repetition_type === "REQUIRED" ? depth : depth + 1;
    const struct = {};
    for (const child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth);
      const childData = subcolumnData.get(child.path.join("."));
      if (!childData) throw new Error("parquet struct missing child data");
      struct[child.element.name] = childData;
    }
    for (const child of schema.children) {
      subcolumnData.delete(child.path.join("."));
    }
    let inverted = invertStruct(struct, invertDepth);
    if (schema.element.logical_type?.type === "VARIANT") {
      inverted = decodeVariantColumn(inverted, parsers);
    }
    if (optional) flattenAtDepth(inverted, depth);
    subcolumnData.set(path, inverted);
  }
}
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++) {
    if (depth) {
      flattenAtDepth(arr[i], depth - 1);
    } else {
      arr[i] = arr[i][0];
    }
  }
}
function assembleMaps(keys, values, depth) {
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (depth) {
      out.push(assembleMaps(keys[i], values[i], depth - 1));
    } else {
      if (keys[i]) {
        const obj = {};
        for (let j = 0; j < keys[i].length; j++) {
          const value = values[i][j];
          obj[keys[i][j]] = value === void 0 ? null : value;
        }
        out.push(obj);
      } else {
        out.push(void 0);
      }
    }
  }
  return out;
}
function invertStruct(struct, depth) {
  const keys = Object.keys(struct);
  const length = struct[keys[0]]?.length;
  const out = [];
  for (let i = 0; i < length; i++) {
    const obj = {};
    for (const key2 of keys) {
      if (struct[key2].length !== length) throw new Error("parquet struct parsing error");
      obj[key2] = struct[key2][i];
    }
    if (depth) {
      out.push(invertStruct(obj, depth - 1));
    } else {
      out.push(obj);
    }
  }
  return out;
}

// node_modules/hyparquet/src/delta.js
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output);
    return;
  }
  const blockSize = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZagBigInt(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize / miniblockPerBlock;
  while (outputIndex < count) {
    const minDelta = readZigZagBigInt(reader);
    const bitWidths = new Uint8Array(miniblockPerBlock);
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++);
    }
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth2 = bitWidths[i];
      if (bitWidth2) {
        let bitpackPos = 0;
        let miniblockCount = valuesPerMiniblock;
        const mask = (1n << BigInt(bitWidth2)) - 1n;
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask;
          bitpackPos += bitWidth2;
          while (bitpackPos >= 32) {
            bitpackPos -= 32;
            reader.offset += 4;
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth2 - bitpackPos) & mask;
            }
          }
          const delta = minDelta + bits;
          value += delta;
          output[outputIndex++] = value;
          miniblockCount--;
        }
        if (miniblockCount) {
          reader.offset += Math.ceil((miniblockCount * bitWidth2 + bitpackPos) / 8);
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta;
          output[outputIndex++] = value;
        }
      }
    }
  }
}
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZag(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize / miniblockPerBlock;
  const { view } = reader;
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader);
    const bitWidthsOffset = reader.offset;
    let offset = bitWidthsOffset + miniblockPerBlock;
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth2 = view.getUint8(bitWidthsOffset + i);
      const end = offset + valuesPerMiniblock * bitWidth2 / 8;
      let bitOffset = 0;
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0;
        let bitsRead = 0;
        while (bitsRead < bitWidth2) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth2 - bitsRead);
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead;
          }
          bitsRead += bitsToRead;
          bitOffset += bitsToRead;
          if (bitOffset === 8) {
            bitOffset = 0;
            offset++;
          }
        }
        value = value + minDelta + residual | 0;
        output[outputIndex++] = value;
      }
      offset = end;
    }
    reader.offset = offset;
  }
}
function readZigZagInt33(reader) {
  const start = reader.offset;
  const low = readVarInt(reader);
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0;
  return (low >>> 1 | high << 31) ^ -(low & 1);
}
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count);
  deltaBinaryUnpack(reader, count, lengths);
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i]);
    reader.offset += lengths[i];
  }
}
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, prefixData);
  const suffixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, suffixData);
  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i]);
    if (prefixData[i]) {
      output[i] = new Uint8Array(prefixData[i] + suffixData[i]);
      output[i].set(output[i - 1].subarray(0, prefixData[i]));
      output[i].set(suffix, prefixData[i]);
    } else {
      output[i] = suffix;
    }
    reader.offset += suffixData[i];
  }
}

// node_modules/hyparquet/src/encoding.js
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === void 0) {
    length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
  }
  const startOffset = reader.offset;
  let seen = 0;
  while (seen < output.length) {
    const header = readVarInt(reader);
    if (header & 1) {
      seen = readBitPacked(reader, header, width, output, seen);
    } else {
      const count = header >>> 1;
      readRle(reader, count, width, output, seen);
      seen += count;
    }
  }
  reader.offset = startOffset + length;
}
function readRle(reader, count, bitWidth2, output, seen) {
  const width = bitWidth2 + 7 >> 3;
  let value = 0;
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3);
  }
  for (let i = 0; i < count; i++) {
    output[seen + i] = value;
  }
}
function readBitPacked(reader, header, bitWidth2, output, seen) {
  let count = header >> 1 << 3;
  const mask = (1 << bitWidth2) - 1;
  let data = 0;
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++);
  } else if (mask) {
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`);
  }
  let left = 8;
  let right = 0;
  while (count) {
    if (right > 8) {
      right -= 8;
      left -= 8;
      data >>>= 8;
    } else if (left - right < bitWidth2) {
      data |= reader.view.getUint8(reader.offset) << left;
      reader.offset++;
      left += 8;
    } else {
      if (seen < output.length) {
        output[seen++] = data >> right & mask;
      }
      count--;
      right += bitWidth2;
    }
  }
  return seen;
}
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength);
  const bytes = new Uint8Array(count * width);
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++);
    }
  }
  if (type === "FLOAT") return new Float32Array(bytes.buffer);
  else if (type === "DOUBLE") return new Float64Array(bytes.buffer);
  else if (type === "INT32") return new Int32Array(bytes.buffer);
  else if (type === "INT64") return new BigInt64Array(bytes.buffer);
  else if (type === "FIXED_LEN_BYTE_ARRAY") {
    const split = new Array(count);
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width);
    }
    return split;
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
}
function byteWidth(type, typeLength) {
  switch (type) {
    case "INT32":
    case "FLOAT":
      return 4;
    case "INT64":
    case "DOUBLE":
      return 8;
    case "FIXED_LEN_BYTE_ARRAY":
      if (!typeLength) throw new Error("parquet byteWidth missing type_length");
      return typeLength;
    default:
      throw new Error(`parquet unsupported type: ${type}`);
  }
}

// node_modules/hyparquet/src/plain.js
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return [];
  if (type === "BOOLEAN") {
    return readPlainBoolean(reader, count);
  } else if (type === "INT32") {
    return readPlainInt32(reader, count);
  } else if (type === "INT64") {
    return readPlainInt64(reader, count);
  } else if (type === "INT96") {
    return readPlainInt96(reader, count);
  } else if (type === "FLOAT") {
    return readPlainFloat(reader, count);
  } else if (type === "DOUBLE") {
    return readPlainDouble(reader, count);
  } else if (type === "BYTE_ARRAY") {
    return readPlainByteArray(reader, count);
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet missing fixed length");
    return readPlainByteArrayFixed(reader, count, fixedLength);
  } else {
    throw new Error(`parquet unhandled type: ${type}`);
  }
}
function readPlainBoolean(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0);
    const bitOffset = i % 8;
    const byte = reader.view.getUint8(byteOffset);
    values[i] = (byte & 1 << bitOffset) !== 0;
  }
  reader.offset += Math.ceil(count / 8);
  return values;
}
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 4;
  return values;
}
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 8;
  return values;
}
function readPlainInt96(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true);
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true);
    values[i] = BigInt(high) << 64n | low;
  }
  reader.offset += count * 12;
  return values;
}
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 4;
  return values;
}
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 8;
  return values;
}
function readPlainByteArray(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
    reader.offset += length;
  }
  return values;
}
function readPlainByteArrayFixed(reader, count, fixedLength) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength);
    reader.offset += fixedLength;
  }
  return values;
}
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size);
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size));
  return aligned;
}

// node_modules/hyparquet/src/snappy.js
var WORD_MASK = [0, 255, 65535, 16777215, 4294967295];
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i];
  }
}
function snappyUncompress(input, output) {
  const inputLength = input.byteLength;
  const outputLength = output.byteLength;
  let pos = 0;
  let outPos = 0;
  while (pos < inputLength) {
    const c = input[pos];
    pos++;
    if (c < 128) {
      break;
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error("invalid snappy length header");
  }
  while (pos < inputLength) {
    const c = input[pos];
    let len = 0;
    pos++;
    if (pos >= inputLength) {
      throw new Error("missing eof marker");
    }
    if ((c & 3) === 0) {
      let len2 = (c >>> 2) + 1;
      if (len2 > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error("snappy error literal pos + 3 >= inputLength");
        }
        const lengthSize = len2 - 60;
        len2 = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
        len2 = (len2 & WORD_MASK[lengthSize]) + 1;
        pos += lengthSize;
      }
      if (pos + len2 > inputLength) {
        throw new Error("snappy error literal exceeds input length");
      }
      copyBytes(input, pos, output, outPos, len2);
      pos += len2;
      outPos += len2;
    } else {
      let offset = 0;
      switch (c & 3) {
        case 1:
          len = (c >>> 2 & 7) + 4;
          offset = input[pos] + (c >>> 5 << 8);
          pos++;
          break;
        case 2:
          if (inputLength <= pos + 1) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8);
          pos += 2;
          break;
        case 3:
          if (inputLength <= pos + 3) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
          pos += 4;
          break;
        default:
          break;
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
      }
      if (offset > outPos) {
        throw new Error("cannot copy from before start of buffer");
      }
      copyBytes(output, outPos - offset, output, outPos, len);
      outPos += len;
    }
  }
  if (outPos !== outputLength) throw new Error("premature end of input");
}

// node_modules/hyparquet/src/datapage.js
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = { view, offset: 0 };
  let dataPage;
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath);
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath);
  const nValues = daph.num_values - numNulls;
  if (daph.encoding === "PLAIN") {
    dataPage = readPlain(reader, type, nValues, element.type_length);
  } else if (daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY" || daph.encoding === "RLE") {
    const bitWidth2 = type === "BOOLEAN" ? 1 : view.getUint8(reader.offset++);
    if (bitWidth2) {
      dataPage = new Array(nValues);
      if (type === "BOOLEAN") {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage);
        dataPage = dataPage.map((x) => !!x);
      } else {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage, view.byteLength - reader.offset);
      }
    } else {
      dataPage = new Uint8Array(nValues);
    }
  } else if (daph.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length);
  } else if (daph.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(reader, nValues, dataPage);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values);
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values);
      return values;
    }
  }
  return [];
}
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 };
  const definitionLevels = new Array(daph.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels);
  let numNulls = daph.num_values;
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--;
  }
  if (numNulls === 0) definitionLevels.length = 0;
  return { definitionLevels, numNulls };
}
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors2) {
  let page;
  const customDecompressor = compressors2?.[codec];
  if (codec === "UNCOMPRESSED") {
    page = compressedBytes;
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size);
  } else if (codec === "SNAPPY") {
    page = new Uint8Array(uncompressed_page_size);
    snappyUncompress(compressedBytes, page);
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`);
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`);
  }
  return page;
}
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength);
  const reader = { view, offset: 0 };
  const { type, element, schemaPath, codec, compressors: compressors2 } = columnDecoder;
  const daph2 = ph.data_page_header_v2;
  if (!daph2) throw new Error("parquet data page header v2 is undefined");
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath);
  reader.offset = daph2.repetition_levels_byte_length;
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath);
  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length;
  let page = compressedBytes.subarray(reader.offset);
  if (daph2.is_compressed !== false) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors2);
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const pageReader = { view: pageView, offset: 0 };
  let dataPage;
  const nValues = daph2.num_values - daph2.num_nulls;
  if (daph2.encoding === "PLAIN") {
    dataPage = readPlain(pageReader, type, nValues, element.type_length);
  } else if (daph2.encoding === "RLE") {
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, 1, dataPage);
    dataPage = dataPage.map((x) => !!x);
  } else if (daph2.encoding === "PLAIN_DICTIONARY" || daph2.encoding === "RLE_DICTIONARY") {
    const bitWidth2 = pageView.getUint8(pageReader.offset++);
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, bitWidth2, dataPage, uncompressedPageSize - 1);
  } else if (daph2.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  if (!maxRepetitionLevel) return [];
  const values = new Array(daph2.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length);
  return values;
}
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (maxDefinitionLevel) {
    const values = new Array(daph2.num_values);
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length);
    return values;
  }
}
function bitWidth(value) {
  return 32 - Math.clz32(value);
}

// node_modules/hyparquet/src/column.js
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder;
  const isFlat = isFlatColumn(schemaPath);
  const chunks = [];
  let dictionary = void 0;
  let lastChunk = void 0;
  let rowCount = 0;
  let skipped = 0;
  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount
    });
  });
  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break;
    const header = parquetHeader(reader);
    if (header.type === "DICTIONARY_PAGE") {
      const { data } = readPage(reader, header, columnDecoder, dictionary, void 0, 0);
      if (data) dictionary = convert(data, columnDecoder);
    } else {
      const lastChunkLength = lastChunk?.length || 0;
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount);
      if (result.skipped) {
        if (!chunks.length) {
          skipped += result.skipped;
        }
        rowCount += result.skipped;
      } else if (result.data && lastChunk === result.data) {
        rowCount += result.data.length - lastChunkLength;
      } else if (result.data && result.data.length) {
        emitLastChunk?.();
        chunks.push(result.data);
        rowCount += result.data.length;
        lastChunk = result.data;
      }
    }
  }
  emitLastChunk?.();
  return { data: chunks, skipped };
}
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors: compressors2 } = columnDecoder;
  const compressedBytes = new Uint8Array(
    reader.view.buffer,
    reader.view.byteOffset + reader.offset,
    header.compressed_page_size
  );
  reader.offset += header.compressed_page_size;
  if (header.type === "DATA_PAGE") {
    const daph = header.data_page_header;
    if (!daph) throw new Error("parquet data page header is undefined");
    if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
      return { skipped: daph.num_values };
    }
    const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors2);
    const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder);
    const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder);
    const output = Array.isArray(previousChunk) ? previousChunk : [];
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath);
    return { skipped: 0, data: assembled };
  } else if (header.type === "DATA_PAGE_V2") {
    const daph2 = header.data_page_header_v2;
    if (!daph2) throw new Error("parquet data page header v2 is undefined");
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows };
    }
    const { definitionLevels, repetitionLevels, dataPage } = readDataPageV2(compressedBytes, header, columnDecoder);
    const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder);
    const output = Array.isArray(previousChunk) ? previousChunk : [];
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath);
    return { skipped: 0, data: assembled };
  } else if (header.type === "DICTIONARY_PAGE") {
    const diph = header.dictionary_page_header;
    if (!diph) throw new Error("parquet dictionary page header is undefined");
    const page = decompressPage(
      compressedBytes,
      Number(header.uncompressed_page_size),
      codec,
      compressors2
    );
    const reader2 = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    const dictArray = readPlain(reader2, type, diph.num_values, element.type_length);
    return { skipped: 0, data: dictArray };
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`);
  }
}
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader);
  const type = PageTypes[header.field_1];
  const uncompressed_page_size = header.field_2;
  const compressed_page_size = header.field_3;
  const crc = header.field_4;
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5)
  };
  const index_page_header = header.field_6;
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3
  };
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === void 0 ? true : header.field_8.field_7,
    // default true
    statistics: pageStatistics(header.field_8.field_8)
  };
  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2
  };
}
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}

// node_modules/hyparquet/src/rowgroup.js
function readRowGroup(options, { metadata }, groupPlan) {
  const asyncColumns = [];
  const schemaTree2 = parquetSchema(metadata);
  for (const chunk of groupPlan.chunks) {
    const { path_in_schema: pathInSchema } = chunk.columnMetadata;
    const schemaPath = getTreePath(schemaTree2, pathInSchema);
    const columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers }
    };
    const { startByte, endByte } = chunk.range;
    if ("pageLocations" in chunk) {
      asyncColumns.push({
        pathInSchema,
        data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder)
      });
    } else if ("offsetIndex" in chunk) {
      asyncColumns.push({
        pathInSchema,
        // fetch offset index
        data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte)).then((arrayBuffer) => {
          const pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations;
          return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder);
        })
      });
    } else {
      asyncColumns.push({
        pathInSchema,
        data: Promise.resolve(options.file.slice(startByte, endByte)).then((buffer) => {
          const reader = { view: new DataView(buffer), offset: 0 };
          return readColumn(reader, groupPlan, columnDecoder, options.onPage);
        })
      });
    }
  }
  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns
  };
}
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  const { data_page_offset, dictionary_page_offset } = chunk.columnMetadata;
  const { selectStart, selectEnd } = groupPlan;
  let { startByte, endByte } = chunk.range;
  let skipped = -1;
  const hasDict = dictionary_page_offset || data_page_offset < pages[0].offset;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    const pageStart = Number(page.first_row_index);
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupPlan.groupRows;
    if (skipped < 0 && pageEnd > selectStart) {
      startByte = Number(page.offset);
      skipped = pageStart;
    }
    if (pageStart < selectEnd) {
      endByte = Number(page.offset) + page.compressed_page_size;
    }
  }
  if (skipped < 0) skipped = 0;
  let view;
  if (hasDict && skipped) {
    const dictLength = Number(pages[0].offset) - chunk.range.startByte;
    const [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte)
    ]);
    const combined = new Uint8Array(dictLength + dataBuffer.byteLength);
    combined.set(new Uint8Array(dictBuffer, 0, dictLength));
    combined.set(new Uint8Array(dataBuffer), dictLength);
    view = new DataView(combined.buffer);
  } else if (hasDict) {
    view = new DataView(await options.file.slice(chunk.range.startByte, endByte));
  } else {
    view = new DataView(await options.file.slice(startByte, endByte));
  }
  const reader = { view, offset: 0 };
  const adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped
  } : groupPlan;
  const { data, skipped: columnSkipped } = readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage);
  return {
    data,
    skipped: skipped + columnSkipped
  };
}
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  const asyncPages = await Promise.all(asyncColumns.map(
    (column) => column.data.then(({ skipped, data }) => ({ skipped, data: flatten(data) }))
  ));
  const selectCount = selectEnd - selectStart;
  if (rowFormat === "object") {
    const groupData2 = Array(selectCount);
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      const rowData = {};
      for (let i = 0; i < asyncColumns.length; i++) {
        const { data, skipped } = asyncPages[i];
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped];
      }
      groupData2[selectRow] = rowData;
    }
    return groupData2;
  }
  const includedColumnNames = asyncColumns.map((child) => child.pathInSchema[0]).filter((name) => !columns || columns.includes(name));
  const columnOrder = columns ?? includedColumnNames;
  const columnIndexes = columnOrder.map((name) => asyncColumns.findIndex((column) => column.pathInSchema[0] === name));
  const groupData = Array(selectCount);
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    const rowData = Array(asyncColumns.length);
    for (let i = 0; i < columnOrder.length; i++) {
      const colIdx = columnIndexes[i];
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`);
      const { data, skipped } = asyncPages[colIdx];
      rowData[i] = data[selectStart + selectRow - skipped];
    }
    groupData[selectRow] = rowData;
  }
  return groupData;
}
function assembleAsync(asyncRowGroup, schemaTree2, parsers) {
  const { asyncColumns } = asyncRowGroup;
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  const assembled = [];
  for (const child of schemaTree2.children) {
    if (child.children.length) {
      const childColumns = asyncColumns.filter((column) => column.pathInSchema[0] === child.element.name);
      if (!childColumns.length) continue;
      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          const resolved = await Promise.all(childColumns.map((c) => c.data));
          const subcolumnData = /* @__PURE__ */ new Map();
          const flattened = resolved.map(({ data }) => flatten(data));
          const skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map((result) => result.skipped));
          const end = Math.min(asyncRowGroup.selectEnd ?? Infinity, ...resolved.map((result, i) => result.skipped + flattened[i].length));
          for (let i = 0; i < childColumns.length; i++) {
            const start = skipped - resolved[i].skipped;
            const length = Math.max(0, end - skipped);
            subcolumnData.set(
              childColumns[i].pathInSchema.join("."),
              flattened[i].slice(start, start + length)
            );
          }
          assembleNested(subcolumnData, child, allParsers);
          const assembled2 = subcolumnData.get(child.element.name);
          if (!assembled2) throw new Error("parquet column data not assembled");
          return { data: [assembled2], skipped };
        })()
      });
    } else {
      const asyncColumn = asyncColumns.find((column) => column.pathInSchema[0] === child.element.name);
      if (asyncColumn) assembled.push(asyncColumn);
    }
  }
  return { ...asyncRowGroup, asyncColumns: assembled };
}

// node_modules/hyparquet/src/scan.js
async function prepareParquetRead(options) {
  const prepared = await prepareParquetOptions(options);
  return {
    options: prepared,
    plan: parquetPlan(prepared)
  };
}
async function prepareParquetOptions(options) {
  const metadata = options.metadata ?? await parquetMetadataAsync(options.file, options);
  const schemaColumns = parquetSchema(metadata).children.map((child) => child.element.name);
  const filterColumns = columnsNeededForFilter(options.filter);
  const missingFilterColumns = filterColumns.filter((column) => !schemaColumns.includes(column));
  if (missingFilterColumns.length) {
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(", ")}`);
  }
  if (options.columns) {
    const missingColumns = options.columns.filter((column) => !schemaColumns.includes(column));
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`);
  }
  let prepared = { ...options, metadata };
  prepared = await withBloomFilters(prepared);
  prepared = await withPageIndexes(prepared);
  return prepared;
}
function readParquetPlan(options, plan) {
  const readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) };
  return plan.groups.map((group) => readRowGroup(readOptions, plan, group));
}
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options;
  const schemaTree2 = parquetSchema(options.metadata);
  const schemaElements = {};
  for (const child of schemaTree2.children) schemaElements[child.element.name] = child.element;
  const bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict
  });
  return { ...options, bloomFiltersByGroup, schemaElements };
}
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options;
  const { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers
  });
  return { ...options, pageRangesByGroup, pageLocationsByGroup };
}

// node_modules/hyparquet/src/read.js
var rowIndex = (
  /** @type {typeof import('../src/types.js').rowIndex} */
  /* @__PURE__ */ Symbol("rowIndex")
);
async function parquetRead(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  const { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = true } = options;
  if (filter && rowFormat !== "object") {
    throw new Error('parquet filter requires rowFormat: "object"');
  }
  if (options.includeRowIndex && rowFormat !== "object") {
    throw new Error('parquet includeRowIndex requires rowFormat: "object"');
  }
  const filterColumns = columnsNeededForFilter(filter);
  let readColumns = columns;
  if (columns && filterColumns.length) {
    const selectedColumns = new Set(columns);
    const extraColumns = filterColumns.filter((column) => !selectedColumns.has(column));
    if (extraColumns.length) readColumns = [...columns, ...extraColumns];
  }
  const readOptions = readColumns === columns ? options : { ...options, columns: readColumns };
  const prepared = await prepareParquetRead(readOptions);
  const preparedOptions = prepared.options;
  const requiresProjection = readColumns !== columns;
  const asyncGroups = readParquetPlan(preparedOptions, prepared.plan);
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups);
    return;
  }
  if (!preparedOptions.metadata) throw new Error("parquet requires metadata");
  const schemaTree2 = parquetSchema(preparedOptions.metadata);
  const assembled = asyncGroups.map((arg) => assembleAsync(arg, schemaTree2, options.parsers));
  if (onChunk) {
    for (const asyncGroup of assembled) {
      for (const asyncColumn of asyncGroup.asyncColumns) {
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart2 = asyncGroup.groupStart + skipped;
          for (const columnData of data) {
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart: rowStart2,
              rowEnd: rowStart2 + columnData.length
            });
            rowStart2 += columnData.length;
          }
        }, () => {
        });
      }
    }
  }
  if (onComplete) {
    await awaitAllColumns(assembled);
    const rows = [];
    for (const asyncGroup of assembled) {
      const selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0);
      const selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? Infinity) - asyncGroup.groupStart, asyncGroup.groupRows);
      const groupData = rowFormat === "object" ? await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, "object") : await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, "array");
      if (options.includeRowIndex) {
        for (let i = 0; i < groupData.length; i++) {
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i
          });
        }
      }
      if (filter) {
        for (
          const row of
          /** @type {Record<string, any>[]} */
          groupData
        ) {
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns) {
              for (const col of filterColumns) {
                if (!columns.includes(col)) delete row[col];
              }
            }
            rows.push(row);
          }
        }
      } else {
        concat(rows, groupData);
      }
    }
    onComplete(rows);
  } else {
    await awaitAllColumns(assembled);
  }
}
async function awaitAllColumns(asyncGroups) {
  const all = asyncGroups.flatMap((g) => g.asyncColumns.map((c) => c.data));
  const results = await Promise.allSettled(all);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: "object",
      // force object output
      onComplete
    }).catch(reject);
  });
}

// src/dataset/parquet.ts
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
var InvalidText = class {
  constructor(offset) {
    this.offset = offset;
  }
  offset;
};
function zstd() {
  const f = zlib["zstdDecompressSync"];
  return typeof f === "function" ? f : void 0;
}
function compressors(budget) {
  const take = (name, outputLength) => {
    if (outputLength > budget.left) throw new Error(`${name} pages decompress past the limit of the columns read`);
    budget.left -= outputLength;
  };
  const sized = (name, f) => (input, outputLength) => {
    take(name, outputLength);
    const out = f(input, { maxOutputLength: Math.max(1, outputLength) });
    if (out.length !== outputLength) throw new Error(`${name} page decompresses to ${out.length} bytes, its header says ${outputLength}`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  };
  const z = zstd();
  return {
    SNAPPY: (input, outputLength) => {
      take("SNAPPY", outputLength);
      const out = new Uint8Array(outputLength);
      snappyUncompress(input, out);
      return out;
    },
    GZIP: sized("GZIP", (b, o) => zlib.gunzipSync(b, o)),
    BROTLI: sized("BROTLI", (b, o) => zlib.brotliDecompressSync(b, o)),
    ...z ? { ZSTD: sized("ZSTD", z) } : {}
  };
}
function supportedCodecs() {
  return /* @__PURE__ */ new Set(["UNCOMPRESSED", ...Object.keys(compressors({ left: 0 }))]);
}
function topLevelColumns(meta) {
  return parquetSchema(meta).children.map((c) => c.element.name);
}
function asString(v) {
  if (v === null || v === void 0) return void 0;
  if (v instanceof InvalidText) return v;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return String(v);
  return void 0;
}
async function readParquet(bytes, spec, limits) {
  const columns = spec.wanted.map(() => void 0);
  const fail = (message) => ({ columns, records: [], problems: [{ row: 1, message }] });
  const magic = (at) => bytes[at] === 80 && bytes[at + 1] === 65 && bytes[at + 2] === 82 && bytes[at + 3] === 49;
  if (bytes.length < 12 || !magic(0) || !magic(bytes.length - 4)) return fail("is not a Parquet file (no PAR1 magic at both ends; truncated?)");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let meta;
  try {
    meta = parquetMetadata(buffer);
  } catch (err) {
    return fail(`has unreadable Parquet metadata (${err.message})`);
  }
  const rows = Number(meta.num_rows);
  if (!Number.isSafeInteger(rows) || rows < 0) return fail("declares an impossible row count");
  if (rows > limits.maxRows) return fail(`has ${rows} rows, more than the limit of ${limits.maxRows}`);
  const present = topLevelColumns(meta);
  spec.wanted.forEach((w, i) => columns[i] = w.names.find((n) => present.includes(n)));
  const missing = spec.wanted.filter((_, i) => columns[i] === void 0);
  if (missing.length > 0) {
    return fail(`has no ${missing.map((m) => m.describe).join(" and no ")} column (columns: ${present.join(", ") || "none"})`);
  }
  const read = columns;
  const codecs = supportedCodecs();
  let uncompressed = 0n;
  for (const group of meta.row_groups) {
    for (const chunk of group.columns) {
      const md = chunk.meta_data;
      if (!md || !read.includes(md.path_in_schema[0])) continue;
      if (!codecs.has(md.codec)) {
        return fail(`column '${md.path_in_schema.join(".")}' uses ${md.codec} compression, which this runtime cannot decode (supported: ${[...codecs].join(", ")})`);
      }
      uncompressed += md.total_uncompressed_size;
    }
  }
  if (uncompressed > BigInt(limits.maxUncompressedBytes)) {
    return fail(`columns ${read.join(", ")} decompress to ${uncompressed} bytes, over the limit of ${limits.maxUncompressedBytes}`);
  }
  let objects;
  try {
    objects = await parquetReadObjects({
      file: buffer,
      metadata: meta,
      columns: [...new Set(read)],
      compressors: compressors({ left: limits.maxUncompressedBytes }),
      parsers: {
        stringFromBytes: (b) => {
          try {
            return STRICT_UTF8.decode(b);
          } catch {
            return new InvalidText(firstInvalidUtf8(b));
          }
        }
      }
    });
  } catch (err) {
    return fail(`cannot be decoded (${err.message})`);
  }
  const records = [];
  const problems = [];
  objects.forEach((obj, i) => {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const name of new Set(read)) {
      const v = asString(obj[name]);
      if (v instanceof InvalidText) {
        problems.push({ row: i + 1, message: `column '${name}' is not valid UTF-8 (first bad byte at offset ${v.offset})` });
        return;
      }
      if (v === void 0) {
        if (obj[name] === null || obj[name] === void 0) fields[name] = "";
        else {
          problems.push({ row: i + 1, message: `column '${name}' holds a ${Array.isArray(obj[name]) ? "list" : typeof obj[name]}, not text` });
          return;
        }
      } else fields[name] = v;
    }
    records.push({ row: i + 1, fields });
  });
  return { columns, records, problems };
}

// src/dataset/table.ts
var TABLE_EXTENSIONS = ["csv", "tsv", "jsonl", "ndjson", "parquet"];
var TEXT_COLUMN_ALIASES = ["text", "sentence", "content"];
function isTableFile(path) {
  return TABLE_EXTENSIONS.includes(extensionOf(path));
}
function lineOfOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
async function readTable(path, bytes, columns, limits) {
  if (extensionOf(path) === "parquet") return readParquetTable(bytes, columns, limits);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineOfOffset(bytes, offset);
    return { rows: [], problems: [problem(line, `is not valid UTF-8 (first bad byte at offset ${offset}); no row of this file was read`)] };
  }
  const parsed = parseRecords(path, text, limits);
  const lines = text.split("\n");
  const raw = (line) => lines[line - 1] ?? "";
  const wholeFile = parsed.records.length === 0;
  const problems = parsed.problems.map((p) => problem(p.line, p.message, wholeFile ? void 0 : raw(p.line)));
  return collectRows(parsed.records, columns, problems, raw);
}
function problem(line, message, raw) {
  return { line, message, ...raw !== void 0 ? { fingerprint: sha256Hex(`${message}\0${raw}`) } : {} };
}
function textColumnOf(fields, columns) {
  if (columns.text !== void 0) return columns.text in fields ? columns.text : void 0;
  return TEXT_COLUMN_ALIASES.find((c) => c in fields);
}
function describeText(columns) {
  return columns.text !== void 0 ? `'${columns.text}'` : TEXT_COLUMN_ALIASES.map((c) => `'${c}'`).join(", ");
}
function collectRows(records, columns, problems, raw) {
  const rows = [];
  if (records.length > 0 && records.every((r) => textColumnOf(r.fields, columns) === void 0)) {
    const first = records[0];
    problems.push(problem(first.line, `has no text column (${describeText(columns)}); columns: ${Object.keys(first.fields).join(", ")}`));
    return { rows, problems };
  }
  for (const rec of records) {
    const textColumn = textColumnOf(rec.fields, columns);
    const text = textColumn === void 0 ? void 0 : rec.fields[textColumn];
    const label = rec.fields[columns.label];
    const bad = (message) => problems.push(problem(rec.line, message, raw(rec.line)));
    if (text === void 0) bad(`row has no text column (${describeText(columns)})`);
    else if (text.trim() === "") bad(`row has an empty '${textColumn}'`);
    else if (label === void 0 || label.trim() === "") bad(`row has no '${columns.label}' value`);
    else rows.push({ line: rec.line, text, label });
  }
  return { rows, problems };
}
async function readParquetTable(bytes, columns, limits) {
  const table = await readParquet(
    bytes,
    {
      wanted: [
        { names: columns.text !== void 0 ? [columns.text] : TEXT_COLUMN_ALIASES, describe: `text (${describeText(columns)})` },
        { names: [columns.label], describe: `'${columns.label}'` }
      ]
    },
    // Decompressed text may legitimately be several times the file; eight times bounds a bomb.
    { maxRows: limits.max_table_rows, maxUncompressedBytes: limits.max_file_bytes * 8 }
  );
  const textColumn = table.columns[0];
  const rawRow = new Map(table.records.map((r) => [r.row, JSON.stringify(r.fields)]));
  const wholeFile = table.records.length === 0;
  const problems = table.problems.map((p) => problem(p.row, p.message, wholeFile ? void 0 : rawRow.get(p.row) ?? ""));
  if (textColumn === void 0) return { rows: [], problems };
  const records = table.records.map((r) => ({ line: r.row, fields: r.fields }));
  return collectRows(records, { ...columns, text: textColumn }, problems, (line) => rawRow.get(line) ?? "");
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
import { existsSync, promises as fs3, readFileSync } from "node:fs";
import { dirname, join as join3 } from "node:path";
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
  const file = join3(root, DEFAULT_MODEL_DESCRIPTOR);
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
    const file = [join3(root, spec.path), join3(root, dirname(DEFAULT_MODEL_DESCRIPTOR), spec.path)].find((f) => existsSync(f));
    try {
      if (!file) throw Object.assign(new Error("not found"), { code: "ENOENT" });
      return await fs3.readFile(file);
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
import ort from "onnxruntime-node";

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
process.env["ORT_DISABLE_TELEMETRY"] = "1";
ort.env.logLevel = "fatal";
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
    const input = new ort.Tensor("float32", data, dims);
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
    return await ort.InferenceSession.create(bytes, {
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

// src/embed/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { promises as fs4 } from "node:fs";
import { join as join4 } from "node:path";
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
    return join4(this.dir, key2.slice(0, 2), `${key2}.emb`);
  }
  async get(key2) {
    let bytes;
    try {
      bytes = await fs4.readFile(this.file(key2));
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
    await fs4.mkdir(join4(this.dir, key2.slice(0, 2)), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    await fs4.writeFile(tmp, Buffer.concat([body, sum]));
    await fs4.rename(tmp, file);
  }
};

// src/embed/pipeline.ts
function limiter(n) {
  let active = 0;
  const waiting = [];
  return async (fn) => {
    if (active >= n) await new Promise((resolve2) => waiting.push(resolve2));
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
async function embedAll(encoder2, sources, opts) {
  const started = Date.now();
  const n = sources.length;
  const batch = encoder2.batchSize;
  const window = batch * 2;
  const stats = { samples: n, cacheHits: 0, cacheCorrupt: 0, embedded: 0, problems: 0, inferenceMs: 0, wallMs: 0 };
  const vectors = new Array(n);
  const problems = new Array(n);
  const limit = limiter(Math.max(1, opts.concurrency));
  const cache = encoder2.cacheable === false ? void 0 : opts.cache;
  const prepare = async (src) => {
    let key2;
    let corrupt = false;
    if (cache) {
      const sha = await src.sha256();
      if (typeof sha !== "string") return sha;
      key2 = EmbeddingCache.key(encoder2.id, encoder2.pre, sha);
      const hit = await cache.get(key2);
      if (hit.status === "hit") return { vector: hit.vector };
      corrupt = hit.status === "corrupt";
    }
    const content = await src.content();
    if (isProblem(content)) return content;
    return { input: await encoder2.prepare(content), ...key2 ? { key: key2 } : {}, corrupt };
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
    if (members.length === 0) continue;
    ensure(pos + window);
    const t = Date.now();
    const out = await encoder2.run(inputs);
    stats.inferenceMs += Date.now() - t;
    dim = out.dim;
    members.forEach((m, j) => {
      const v = out.data.slice(j * out.dim, (j + 1) * out.dim);
      vectors[m.index] = v;
      if (cache && m.key) writes.push(cache.put(m.key, v));
    });
    stats.embedded += members.length;
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

// src/embed/text-encoder.ts
import ort2 from "onnxruntime-node";

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
    const sep2 = p["sep"];
    if (Array.isArray(cls) && Array.isArray(sep2) && Number.isInteger(cls[1]) && Number.isInteger(sep2[1])) return { clsId: cls[1], sepId: sep2[1] };
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
    const encoder2 = ngramEncoder();
    return { encoder: encoder2, info: { path: "ngrams", source: "builtin", id: encoder2.id } };
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
  const encoder2 = {
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
        feeds[input.name] = new ort2.Tensor(input.type, data, [rows, length]);
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
  return { encoder: encoder2, info: { path: spec.path, source: "repository", id: spec.sha256 } };
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
  options() {
    return { ...this.env.cache ? { cache: this.env.cache } : {}, concurrency: DECODE_CONCURRENCY, ...this.env.signal ? { signal: this.env.signal } : {} };
  }
  async computeImages() {
    const ctx = this.ctx;
    const spec = resolveModel(ctx.dataset);
    const { embedder, info } = await this.open(spec);
    try {
      const opts = this.options();
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.image);
      const candSources = usable.map((c) => ({
        sha256: async () => c.sample.sha256,
        image: async () => c.image
      }));
      const cand = await embedSources(embedder, candSources, opts);
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
      const ref = await embedSources(embedder, refSources, opts);
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
    const { encoder: encoder2, info } = await openTextModel(spec, ctx.reference.tree, git2);
    try {
      const opts = this.options();
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.text !== void 0);
      const cand = await embedAll(
        encoder2,
        usable.map((c) => ({ sha256: async () => c.sample.sha256, content: async () => c.text })),
        opts
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
      const ref = await embedAll(encoder2, refSources, opts);
      return assemble(info, refSamples, ref, usable, cand);
    } finally {
      await encoder2.release();
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

// src/features/gemm.ts
import ort3 from "onnxruntime-node";

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
var DOUBLE2 = 11;
var ATTRIBUTE_INT = 2;
function valueInfo(name, dims) {
  const shape = dims.flatMap((d) => bytesField(1, stringField(2, d)));
  const tensorType = [...intField(1, DOUBLE2), ...bytesField(2, shape)];
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
  session ??= ort3.InferenceSession.create(gemmModel(), { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: "sequential" });
  return session;
}
async function dots(a, m, b, n, d) {
  const s = await gemm();
  const out = await s.run({ A: new ort3.Tensor("float64", a, [m, d]), B: new ort3.Tensor("float64", b, [n, d]) });
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
    if (index > this.next) await new Promise((resolve2) => this.waiting.set(index, resolve2));
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
var decoder4 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeText(bytes) {
  try {
    return { text: decoder4.decode(bytes) };
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

// src/types.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };

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
async function loadCandidates(candidates, head, opts, deadline, budget) {
  let unread = 0;
  const tickets = candidates.map(() => budget.ticket());
  const loaded = await mapLimit(candidates, LOAD_CONCURRENCY, async (s, i) => {
    const ticket = tickets[i];
    try {
      if (!deadline.passed()) return await loadSample(s, head, { ...opts, untrusted: true, budget: ticket });
    } finally {
      ticket.close();
    }
    unread++;
    const problem2 = { code: "limit-exceeded", message: `was not checked: the scan ran out of time (limits.max_scan_seconds ${deadline.seconds})`, evidence: { limit: "max_scan_seconds", value: deadline.seconds } };
    return { sample: s, problems: [problem2] };
  });
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
async function runDetectors(catalog, settings, ctx, deadline) {
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
    if (err instanceof ReadError && err.code === "missing") throw new ConfigError(`policy ${req.policyPath} in ${tree.label}: not found`);
    throw new PolicyError(req.policyPath, [{ line: 1, column: 1, message: `cannot be read from ${tree.label}: ${errorMessage(err)}` }]);
  }
  return loadPolicy({ text: policyText(bytes, req.policyPath), path: req.policyPath, source: tree.commit ?? tree.label }, catalog);
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
  const headListing = await listDataset(sides.head, dataset, limits, git2);
  const baseListing = sides.base ? await listDataset(sides.base, dataset, limits, git2) : void 0;
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
  const read = await loadCandidates(candidates, sides.head, { dataset, limits, gitDir: git2, decode: true }, deadline, state.budget);
  const all = [...read.loaded, ...delta.problems.map((p) => layoutProblemSample(dataset, p))];
  const timings = { load: Date.now() - started };
  for (const r of delta.removed) {
    const message = `removes trusted sample ${placeOf(r)} (class ${r.label}); removals can shift a class boundary, review them like additions`;
    findings.push(makeFinding("removed-sample", "notice", { path: r.path, line: r.line }, { message }));
  }
  const scope = datasetScope({ dataset, candidates: all, reference, limits }, { gitDir: git2, cache: state.cache, signal: deadline.signal });
  const context = { dataset, candidates: all, reference, changes: sides.changes.changes, head: sides.head, policy: loaded, limits, scope, now };
  const detectors = await runDetectors(state.catalog, loaded.policy.detectors, context, deadline);
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
    const state = { catalog, now, git: git2, deadline, budget: new ScanBudget(limits), cache };
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
  git,
  commitExists,
  mergeBaseExists,
  SEVERITY_RANK,
  scan
};
