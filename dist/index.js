// src/action/bootstrap.ts
import { randomBytes } from "node:crypto";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/util/native-deps.ts
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var NATIVE = ["sharp", "onnxruntime-node"];
function unresolvedNative(dir) {
  const require2 = createRequire(join(dir, "package.json"));
  return NATIVE.filter((name) => {
    try {
      require2.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}
function npmCommand() {
  const bin = dirname(process.execPath);
  for (const cli of [join(bin, "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"), join(bin, "node_modules", "npm", "bin", "npm-cli.js")]) {
    if (existsSync(cli)) return { command: process.execPath, prefix: [cli], shell: false };
  }
  const windows = process.platform === "win32";
  return { command: windows ? "npm.cmd" : "npm", prefix: [], shell: windows };
}
function installNative(dir) {
  const started = Date.now();
  const npm = npmCommand();
  const args = [...npm.prefix, "ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"];
  const result = spawnSync(npm.command, args, {
    cwd: dir,
    env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: "skip", npm_config_update_notifier: "false" },
    encoding: "utf8",
    shell: npm.shell,
    maxBuffer: 64 * 1024 * 1024
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  const seconds = (Date.now() - started) / 1e3;
  if (result.error || result.status !== 0) {
    return { ok: false, why: result.error ? result.error.message : `npm ci exited with ${result.status ?? result.signal}`, output, seconds };
  }
  return { ok: true, output, seconds };
}

// src/action/bootstrap.ts
var actionDir = join2(dirname2(fileURLToPath(import.meta.url)), "..");
function commandData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function fail(message) {
  process.stdout.write(`::error title=poisongate setup::${commandData(message)}
`);
  process.exit(1);
}
function install(missing2) {
  process.stdout.write(`poisongate: ${missing2.join(" and ")} not installed in ${actionDir}; installing the pinned production dependencies (once per action folder)
`);
  const result = installNative(actionDir);
  if (!result.ok) {
    if (result.output) {
      const token = randomBytes(16).toString("hex");
      process.stdout.write(`::stop-commands::${token}
${result.output.slice(-2e4)}
::${token}::
`);
    }
    fail(`cannot install sharp and onnxruntime-node into ${actionDir} (${result.why}). The runner needs npm and access to the npm registry (or a mirror set in the runner's npm config) on first use.`);
  }
  process.stdout.write(`poisongate: native dependencies installed in ${result.seconds.toFixed(1)} s
`);
}
var missing = unresolvedNative(actionDir);
if (missing.length > 0) {
  install(missing);
  const still = unresolvedNative(actionDir);
  if (still.length > 0) fail(`npm ci finished but ${still.join(" and ")} still cannot be resolved from ${actionDir}`);
}
try {
  await import(pathToFileURL(join2(actionDir, "dist", "action.js")).href);
} catch (err) {
  fail(`cannot load the Action from ${actionDir}: ${err instanceof Error ? err.message : String(err)}. Delete its node_modules folder to reinstall.`);
}
