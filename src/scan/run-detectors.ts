import { settle, type DetectorContext, type DetectorMeta } from '../detectors/detector.js';
import { reporter } from '../detectors/report.js';
import { makeFinding } from '../finding.js';
import type { DetectorSettings } from '../policy/types.js';
import type { Finding } from '../types.js';
import { errorMessage } from '../util/errors.js';
import type { Progress } from '../util/progress.js';
import type { Deadline } from './deadline.js';

/** What every detector of one dataset sees, apart from its own options and report. */
export type DatasetContext = Omit<DetectorContext, 'options' | 'report'>;

export interface DetectorsRun {
  findings: Finding[];
  /** Detectors that ran to the end, in order. */
  ran: string[];
  /** Detectors the deadline stopped or left unstarted. */
  notRun: string[];
  /** Milliseconds per detector. */
  timings: Record<string, number>;
}

/** Whether the policy runs a detector on a dataset of this modality (mandatory ones always run). */
function runs(meta: DetectorMeta, settings: DetectorSettings | undefined, modality: string): boolean {
  const enabled = meta.mandatory || (settings !== undefined && settings.enabled !== false);
  const modalities = settings?.modalities ?? (meta.modality === 'any' ? undefined : [meta.modality]);
  return enabled && (!modalities || (modalities as string[]).includes(modality));
}

/**
 * Runs the catalog's detectors that the policy enables for the dataset, in catalog order, each
 * with its own options and a `report` that stamps rule, severity, location and dataset. Past the
 * deadline only the mandatory (fail-closed) ones run; a detector that throws makes the dataset
 * unchecked (a `detector-error` finding pointing at the file it names, or the dataset root).
 */
export async function runDetectors(catalog: readonly DetectorMeta[], settings: Record<string, DetectorSettings>, ctx: DatasetContext, deadline: Deadline, progress: Progress): Promise<DetectorsRun> {
  const out: DetectorsRun = { findings: [], ran: [], notRun: [], timings: {} };
  const { dataset } = ctx;
  for (const meta of catalog) {
    if (!runs(meta, settings[meta.id], dataset.modality)) continue;
    const p = settle(meta, settings[meta.id]);
    // The fail-closed checks run whatever the time: they only report what loading recorded.
    if (deadline.passed() && !meta.mandatory) {
      out.notRun.push(meta.id);
      continue;
    }
    const started = Date.now();
    const found: Finding[] = [];
    progress.start(`${meta.id} on ${dataset.name}`);
    try {
      const { run } = await meta.load();
      await run({ ...ctx, options: p.options, report: reporter(meta, p.severity, dataset, (f) => found.push(f)) });
      out.findings.push(...found);
      out.ran.push(meta.id);
    } catch (err) {
      if (deadline.passed()) {
        // Stopped by the deadline (long stages watch it), not broken.
        out.notRun.push(meta.id);
        continue;
      }
      // An error about a file (an unusable model) points at that file, so a review sees where to look.
      const about = typeof (err as { path?: unknown }).path === 'string' ? (err as { path: string }).path : dataset.root;
      out.findings.push(
        makeFinding('detector-error', 'error', { path: about }, { message: `detector ${meta.id} failed on dataset ${dataset.name}: ${errorMessage(err)}; the dataset counts as unchecked` }, dataset.name),
      );
      out.ran.push(meta.id);
    } finally {
      progress.end();
    }
    out.timings[meta.id] = Date.now() - started;
  }
  return out;
}
