import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  FORMATS,
  formatReport,
  writeAttachments,
  writeReportFile
} from "./chunks/chunk-4EDAYFR7.js";
import {
  ConfigError,
  TOOL_VERSION,
  errorMessage,
  loadPolicy,
  policySchema,
  policyText
} from "./chunks/chunk-RUZDNP7T.js";
import {
  escapeLogLine
} from "./chunks/chunk-YMWMV737.js";
import "./chunks/chunk-KTZBGYZZ.js";
import "./chunks/chunk-JHSOBUYT.js";
import "./chunks/chunk-OZA2MDAH.js";
import "./chunks/chunk-3MUNMAOR.js";
import "./chunks/chunk-RX3ZFOCH.js";

// src/cli/main.ts
import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var DEFAULT_POLICY = ".github/poisongate.yml";
var EXIT = { pass: 0, fail: 1, usage: 2 };
var USAGE = `Usage:
  poisongate scan [--policy FILE] [--base REF] [--head REF] [--root DIR]
                  [--format text|json|sarif] [--output FILE] [--json FILE] [--sarif FILE] [--cache-dir DIR]
  poisongate validate-policy FILE
  poisongate schema
  poisongate --version

scan        Checks the samples a change adds against the trusted base (with --base), or the whole
            dataset tree (without). The policy is read from the base ref when there is one.
Exit codes: 0 pass, 1 policy violated, 2 usage, configuration or input error.
Default policy: ${DEFAULT_POLICY}`;
var defaultIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd()
};
async function runScan(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: "string", default: DEFAULT_POLICY },
      base: { type: "string" },
      head: { type: "string" },
      root: { type: "string", default: "." },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      json: { type: "string" },
      sarif: { type: "string" },
      "cache-dir": { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  if (!FORMATS.includes(values.format)) throw new ConfigError(`--format must be one of ${FORMATS.join(", ")}`);
  if (values.head && !values.base) throw new ConfigError("--head needs --base");
  const root = resolve(io.cwd, values.root);
  const { scan } = await import("./chunks/scan-DGFSQUU4.js");
  const result = await scan({
    root,
    policyPath: values.policy.replace(/^\.\//, ""),
    ...values.base ? { base: values.base } : {},
    ...values.head ? { head: values.head } : {},
    ...values["cache-dir"] ? { cacheDir: resolve(io.cwd, values["cache-dir"]) } : {},
    ...io.now ? { now: io.now } : {},
    log: { info: (m) => io.stderr(logText(m)), warn: (m) => io.stderr(logText(`warning: ${m}`)) }
  });
  const withEvidence = (path) => writeAttachments(result.report, path);
  const output = values.output ? resolve(io.cwd, values.output) : void 0;
  const report = output && values.format === "json" ? await withEvidence(output) : result.report;
  const text = formatReport(report, values.format);
  if (output) await writeReportFile(output, text);
  else io.stdout(text);
  if (values.json) {
    const jsonPath = resolve(io.cwd, values.json);
    await writeReportFile(jsonPath, formatReport(await withEvidence(jsonPath), "json"));
  }
  if (values.sarif) await writeReportFile(resolve(io.cwd, values.sarif), formatReport(result.report, "sarif"));
  return result.report.verdict === "pass" ? EXIT.pass : EXIT.fail;
}
async function validatePolicy(args, io) {
  if (args.length !== 1) throw new ConfigError("validate-policy takes one FILE");
  const file = args[0];
  let bytes;
  try {
    bytes = await fs.readFile(resolve(io.cwd, file));
  } catch (err) {
    throw new ConfigError(`${file}: cannot be read (${err.code ?? errorMessage(err)})`);
  }
  const text = policyText(bytes, file);
  const loaded = loadPolicy({ text, path: file, source: "file" });
  io.stdout(`${file}: valid (${loaded.policy.datasets.length} dataset(s), enforcement ${loaded.policy.enforcement})
`);
  return EXIT.pass;
}
function logText(message) {
  return `${message.split("\n").map((l) => escapeLogLine(l, 4e3)).join("\n")}
`;
}
async function main(argv, io = defaultIo) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "scan":
        return await runScan(rest, io);
      case "validate-policy":
        return await validatePolicy(rest, io);
      case "schema":
        io.stdout(`${JSON.stringify(policySchema(), null, 2)}
`);
        return EXIT.pass;
      case "--version":
      case "version":
        io.stdout(`${TOOL_VERSION}
`);
        return EXIT.pass;
      case "--help":
      case "help":
      case "-h":
        io.stdout(`${USAGE}
`);
        return EXIT.pass;
      default:
        io.stderr(`${command ? logText(`unknown command '${command}'`) : ""}${USAGE}
`);
        return EXIT.usage;
    }
  } catch (err) {
    if (err instanceof ConfigError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(logText(errorMessage(err)));
      return EXIT.usage;
    }
    io.stderr(logText(`poisongate: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
    return EXIT.usage;
  }
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
