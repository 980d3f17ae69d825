import type { Progress } from '../util/progress.js';
import { escapeUntrusted } from '../util/text-escape.js';

export interface ProgressOutput {
  write(text: string): void;
  /** A terminal: one line redrawn in place. Otherwise plain lines for a log. */
  isTTY: boolean;
  /** Running as a GitHub Actions step: each top-level stage is a collapsible `::group::`. */
  actions: boolean;
  /** Clock in ms (tests inject one). */
  now?: () => number;
  /** Seconds between plain lines within a long stage, besides every tenth of it (default 10). */
  interval?: number;
  /** Width of a terminal line (default 80). */
  columns?: number;
}

interface Running {
  name: string;
  total: number | undefined;
  done: number;
  started: number;
  /** Plain mode: last tenth printed and when the last line went out. */
  tenth: number;
  printed: number;
}

/** Items from which a stage logs each tenth done. */
const STEPPED = 100;

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** `120/600 (20%), 35.2/s, about 14 s left`, from what a stage has done so far. */
function counts(r: Running, now: number): string {
  if (r.total === undefined) return `running for ${duration(now - r.started)}`;
  const pct = r.total === 0 ? 100 : Math.floor((r.done * 100) / r.total);
  const elapsed = now - r.started;
  if (r.done === 0 || elapsed <= 0) return `${r.done}/${r.total} (${pct}%)`;
  const rate = (r.done * 1000) / elapsed;
  const leftMs = ((r.total - r.done) / rate) * 1000;
  const left = r.done < r.total && leftMs >= 1000 ? `, about ${duration(leftMs)} left` : '';
  return `${r.done}/${r.total} (${pct}%), ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s${left}`;
}

/** A Progress that also writes log lines without garbling a bar on screen. */
export interface ProgressReporter extends Progress {
  log(text: string): void;
}

/**
 * Shows a scan's progress: on a terminal a bar redrawn in place (stages that took a second or more
 * stay listed); in a log one line when a stage
 * starts, one at every tenth of a stage of 100 items or more (and every `interval` seconds of any
 * stage), one when it ends; under GitHub
 * Actions, each top-level stage in a `::group::`. Stage names can hold dataset names from the
 * policy: they are escaped like every log line.
 */
export function progressReporter(out: ProgressOutput): ProgressReporter {
  const now = out.now ?? Date.now;
  const interval = (out.interval ?? 10) * 1000;
  const stack: Running[] = [];
  let lastDraw = 0;
  let drawn = false;
  const label = () => stack.map((r) => escapeUntrusted(r.name, 120)).join(' › ');

  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const top = stack[stack.length - 1];
    if (!top) return;
    const width = out.columns ?? 80;
    let bar = '';
    if (top.total !== undefined && top.total > 0) {
      const cells = 20;
      const full = Math.min(cells, Math.floor((top.done / top.total) * cells));
      bar = `[${'#'.repeat(full)}${'-'.repeat(cells - full)}] `;
    }
    const line = `${bar}${label()}: ${counts(top, t)}`;
    out.write(`\r\x1b[K${line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line}`);
    drawn = true;
  };

  const plain = (text: string) => out.write(`${text}\n`);

  return {
    log(text) {
      // A log line on a terminal goes above the bar, which is then drawn again.
      if (out.isTTY && drawn) out.write('\r\x1b[K');
      out.write(text);
      if (out.isTTY && drawn) draw(true);
    },
    start(name, total) {
      const t = now();
      stack.push({ name, total, done: 0, started: t, tenth: 0, printed: t });
      if (out.isTTY) return draw(true);
      if (out.actions && stack.length === 1) out.write(`::group::${escapeUntrusted(name, 200).replace(/^:/, '<U+003A>')}\n`);
      plain(`${label()}${total !== undefined ? `: ${total} to do` : ''}`);
    },
    tick(done) {
      const top = stack[stack.length - 1];
      if (!top) return;
      top.done = done;
      if (out.isTTY) return draw(false);
      const t = now();
      // Stages of a few items finish before a reader needs news: tenths only from STEPPED items up.
      const tenth = top.total && top.total >= STEPPED ? Math.floor((done * 10) / top.total) : 0;
      if ((tenth > top.tenth && done < (top.total ?? 0)) || t - top.printed >= interval) {
        top.tenth = Math.max(top.tenth, tenth);
        top.printed = t;
        plain(`${label()}: ${counts(top, t)}`);
      }
    },
    end() {
      const top = stack[stack.length - 1];
      if (!top) return;
      const t = now();
      const summary = `${label()}: done${top.total !== undefined ? ` (${top.done}/${top.total})` : ''} in ${seconds(t - top.started)}`;
      stack.pop();
      if (out.isTTY) {
        // The stages a person waited for stay on screen; quick ones make way for the next.
        out.write(t - top.started >= 1000 ? `\r\x1b[K${summary}\n` : '\r\x1b[K');
        drawn = false;
        if (stack.length > 0) draw(true);
        return;
      }
      plain(summary);
      if (out.actions && stack.length === 0) out.write('::endgroup::\n');
    },
  };
}

