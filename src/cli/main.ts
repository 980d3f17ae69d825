import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPolicy, policyText } from '../policy/load.js';
import { policySchema } from '../policy/schema.js';
import { writeAttachments } from '../report/attachments.js';
import { FORMATS, formatReport, type Format } from '../report/format.js';
import { writeReportFile } from '../report/write.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { escapeLogLine } from '../util/text-escape.js';
import { TOOL_VERSION } from '../version.js';

export const DEFAULT_POLICY = '.github/poisongate.yml';

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

const USAGE = `Usage:
  poisongate scan [--policy FILE] [--base REF] [--head REF] [--root DIR]
                  [--format text|json|sarif] [--output FILE] [--json FILE] [--sarif FILE] [--cache-dir DIR]
  poisongate validate-policy FILE
  poisongate schema
  poisongate --version

scan        Checks the samples a change adds against the trusted base (with --base), or the whole
            dataset tree (without). The policy is read from the base ref when there is one.
Exit codes: 0 pass, 1 policy violated, 2 usage, configuration or input error.
Default policy: ${DEFAULT_POLICY}`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  now?: Date;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
};

async function runScan(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: 'string', default: DEFAULT_POLICY },
      base: { type: 'string' },
      head: { type: 'string' },
      root: { type: 'string', default: '.' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      json: { type: 'string' },
      sarif: { type: 'string' },
      'cache-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!(FORMATS as readonly string[]).includes(values.format!)) throw new ConfigError(`--format must be one of ${FORMATS.join(', ')}`);
  if (values.head && !values.base) throw new ConfigError('--head needs --base');
  const root = resolve(io.cwd, values.root!);
  // The engine (native image and model runtimes) loads only for a scan, not for schema or validate-policy.
  const { scan } = await import('../scan/scan.js');
  const result = await scan({
    root,
    policyPath: values.policy!.replace(/^\.\//, ''),
    ...(values.base ? { base: values.base } : {}),
    ...(values.head ? { head: values.head } : {}),
    ...(values['cache-dir'] ? { cacheDir: resolve(io.cwd, values['cache-dir']) } : {}),
    ...(io.now ? { now: io.now } : {}),
    log: { info: (m) => io.stderr(logText(m)), warn: (m) => io.stderr(logText(`warning: ${m}`)) },
  });
  // A JSON report written to a file gets its binary evidence (PNG strips) in <report>.evidence/.
  const withEvidence = (path: string) => writeAttachments(result.report, path);
  const output = values.output ? resolve(io.cwd, values.output) : undefined;
  const report = output && values.format === 'json' ? await withEvidence(output) : result.report;
  const text = formatReport(report, values.format as Format);
  if (output) await writeReportFile(output, text);
  else io.stdout(text);
  if (values.json) {
    const jsonPath = resolve(io.cwd, values.json);
    await writeReportFile(jsonPath, formatReport(await withEvidence(jsonPath), 'json'));
  }
  if (values.sarif) await writeReportFile(resolve(io.cwd, values.sarif), formatReport(result.report, 'sarif'));
  return result.report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
}

async function validatePolicy(args: string[], io: Io): Promise<number> {
  if (args.length !== 1) throw new ConfigError('validate-policy takes one FILE');
  const file = args[0]!;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(resolve(io.cwd, file));
  } catch (err) {
    throw new ConfigError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`);
  }
  const text = policyText(bytes, file);
  const loaded = loadPolicy({ text, path: file, source: 'file' });
  io.stdout(`${file}: valid (${loaded.policy.datasets.length} dataset(s), enforcement ${loaded.policy.enforcement})\n`);
  return EXIT.pass;
}

/**
 * Messages for stderr, which CI logs: they can quote file names and policy text, so each line is
 * escaped (no control or bidi characters, nothing a runner would take for a workflow command).
 */
function logText(message: string): string {
  return `${message.split('\n').map((l) => escapeLogLine(l, 4000)).join('\n')}\n`;
}

/** Entry point shared by bin/poisongate.js and the tests; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await runScan(rest, io);
      case 'validate-policy':
        return await validatePolicy(rest, io);
      case 'schema':
        io.stdout(`${JSON.stringify(policySchema(), null, 2)}\n`);
        return EXIT.pass;
      case '--version':
      case 'version':
        io.stdout(`${TOOL_VERSION}\n`);
        return EXIT.pass;
      case '--help':
      case 'help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return EXIT.pass;
      default:
        io.stderr(`${command ? logText(`unknown command '${command}'`) : ''}${USAGE}\n`);
        return EXIT.usage;
    }
  } catch (err) {
    if (err instanceof ConfigError || (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(logText(errorMessage(err)));
      return EXIT.usage;
    }
    // Anything unexpected fails closed with the cause, never as a pass.
    io.stderr(logText(`poisongate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
    return EXIT.usage;
  }
}
