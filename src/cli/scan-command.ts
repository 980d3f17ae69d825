import { join, resolve } from 'node:path';
import { evidenceDir, writeAttachments } from '../report/attachments.js';
import { formatReport, type Format } from '../report/format.js';
import type { Report } from '../report/model.js';
import { progressReporter } from '../report/progress.js';
import type { Severity } from '../types.js';
import { ConfigError } from '../util/errors.js';
import { waiverDraft } from '../verdict/baseline.js';
import { ensureNativeDependencies } from '../util/native-deps.js';
import { EXIT, logText, writeFile, type Io } from './io.js';

export interface ScanOptions {
  policy: string;
  base?: string;
  head?: string;
  root: string;
  format: Format;
  output?: string;
  json?: string;
  sarif?: string;
  evidenceDir?: string;
  cacheDir?: string;
  failOn?: Severity;
  writeWaivers?: string;
  quiet?: boolean;
}

/**
 * Where evidence images go: --evidence-dir, else beside the first report written to a file
 * (`<report>.evidence/`). Printed to stdout only, they are not written and the report says how.
 */
function evidenceFolder(o: ScanOptions, cwd: string): string | undefined {
  if (o.evidenceDir) return resolve(cwd, o.evidenceDir);
  const file = o.json ?? o.output;
  return file ? evidenceDir(resolve(cwd, file)) : undefined;
}

export async function runScan(o: ScanOptions, io: Io): Promise<number> {
  if (o.head && !o.base) throw new ConfigError('--head needs --base');
  const root = resolve(io.cwd, o.root);
  // Progress and log lines share stderr (stdout is the report); --quiet keeps only warnings.
  const reporter = o.quiet ? undefined : progressReporter({
        write: io.stderr,
        isTTY: io.isTTY ?? false,
        actions: io.env?.['GITHUB_ACTIONS'] === 'true',
        ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
      });
  const err = (text: string) => (reporter ? reporter.log(text) : io.stderr(text));
  const log = { info: (m: string) => void (reporter && err(logText(m))), warn: (m: string) => err(logText(`warning: ${m}`)) };
  ensureNativeDependencies({ log: (m) => log.info(m) });
  // Loaded only here: `schema`, `validate-policy`, `init` and the rest never load the native addons.
  const { scan } = await import('../scan/scan.js');
  const result = await scan({
    root,
    policyPath: o.policy.replace(/^\.\//, ''),
    ...(o.base ? { base: o.base } : {}),
    ...(o.head ? { head: o.head } : {}),
    ...(o.cacheDir ? { cacheDir: resolve(io.cwd, o.cacheDir) } : {}),
    ...(o.failOn ? { failOn: o.failOn } : {}),
    ...(io.now ? { now: io.now } : {}),
    ...(reporter ? { progress: reporter } : {}),
    log,
  });
  const evidence = evidenceFolder(o, io.cwd);
  // Each report links the evidence files relative to its own folder.
  const linked = (reportPath: string): Promise<Report> => (evidence ? writeAttachments(result.report, reportPath, evidence) : Promise.resolve(result.report));
  const output = o.output ? resolve(io.cwd, o.output) : undefined;
  const main = await linked(output ?? join(io.cwd, 'stdout'));
  const text = formatReport(main, o.format);
  if (output) await writeFile(output, text);
  else io.stdout(text);
  if (o.json) {
    const jsonPath = resolve(io.cwd, o.json);
    await writeFile(jsonPath, formatReport(await linked(jsonPath), 'json'));
  }
  if (o.sarif) await writeFile(resolve(io.cwd, o.sarif), formatReport(result.report, 'sarif'));
  if (o.writeWaivers) {
    const draft = waiverDraft(result.report, { now: io.now ?? new Date() });
    await writeFile(resolve(io.cwd, o.writeWaivers), draft.text);
    log.info(`${draft.count} waiver draft(s) written to ${o.writeWaivers}: fill in each reason and expiry, then review`);
  }
  return result.report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
}
