import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { Severity } from '../types.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { asReport, waiverDraft } from '../verdict/baseline.js';
import { EXIT, logText, writeFile, type Io } from './io.js';

export interface BaselineOptions {
  output?: string;
  reason?: string;
  expires?: string;
  minSeverity?: Severity;
}

export async function runBaseline(reportFile: string, o: BaselineOptions, io: Io): Promise<number> {
  if (o.expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.expires)) throw new ConfigError(`--expires '${o.expires}' is not a date (YYYY-MM-DD)`);
  let value: unknown;
  try {
    value = JSON.parse(await fs.readFile(resolve(io.cwd, reportFile), 'utf8'));
  } catch (err) {
    throw new ConfigError(`${reportFile}: cannot be read as JSON (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`);
  }
  const report = asReport(value);
  if (!report) throw new ConfigError(`${reportFile}: not a poisongate JSON report (write one with poisongate scan --json FILE)`);
  const draft = waiverDraft(report, {
    now: io.now ?? new Date(),
    ...(o.reason !== undefined ? { reason: o.reason } : {}),
    ...(o.expires !== undefined ? { expires: o.expires } : {}),
    ...(o.minSeverity ? { minSeverity: o.minSeverity } : {}),
  });
  if (o.output) await writeFile(resolve(io.cwd, o.output), draft.text);
  else io.stdout(draft.text);
  io.stderr(logText(`${draft.count} waiver draft(s) pinned by sha256${draft.unpinned ? `, ${draft.unpinned} finding(s) without content hash listed as comments` : ''}`));
  return EXIT.pass;
}
