// Progress on stderr: the reporter's shapes (log lines, a redrawn bar, Actions groups) on a fake
// clock, and a non-TTY scan of 500 images that reports every stage. Shapes, never timings.
import { progressReporter } from '../src/report/progress.js';
import { runCli } from './support/cli.js';
import { miniRepo } from './support/mini.js';

function fakeClock(step = 100) {
  let t = 1_000_000;
  return { now: () => t, advance: (ms = step) => void (t += ms) };
}

function capture(opts: { isTTY?: boolean; actions?: boolean } = {}) {
  let text = '';
  const clock = fakeClock();
  const reporter = progressReporter({ write: (s) => void (text += s), isTTY: opts.isTTY ?? false, actions: opts.actions ?? false, now: clock.now, columns: 100 });
  return { reporter, clock, text: () => text };
}

describe('the progress reporter', () => {
  it('in a log: a line at the start, at every tenth, and at the end', () => {
    const { reporter, clock, text } = capture();
    reporter.start('reading images', 200);
    for (let i = 1; i <= 200; i++) {
      clock.advance(50);
      reporter.tick(i);
    }
    reporter.end();
    const lines = text().trimEnd().split('\n');
    expect(lines[0]).toBe('reading images: 200 to do');
    const left = (k: number) => `, about ${(200 - 20 * k) / 20} s left`;
    expect(lines.slice(1, -1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `reading images: ${20 * k}/200 (${10 * k}%), 20/s${left(k)}`));
    expect(lines.at(-1)).toBe('reading images: done (200/200) in 10 s');
  });

  it('in a log: a stage of a few items prints its start and its end only', () => {
    const { reporter, clock, text } = capture();
    reporter.start('reading reviews', 16);
    for (let i = 1; i <= 16; i++) {
      clock.advance();
      reporter.tick(i);
    }
    reporter.end();
    expect(text()).toBe('reading reviews: 16 to do\nreading reviews: done (16/16) in 1.6 s\n');
  });

  it('in a log: a long stage without a total still prints every interval, and nested stages name their parent', () => {
    const { reporter, clock, text } = capture();
    reporter.start('class-proximity on images');
    reporter.start('embedding images: trusted samples', 1000);
    clock.advance(12_000);
    reporter.tick(100);
    reporter.end();
    clock.advance(11_000);
    reporter.tick(0);
    clock.advance(54_000);
    reporter.end();
    expect(text().split('\n')).toEqual([
      'class-proximity on images',
      'class-proximity on images › embedding images: trusted samples: 1000 to do',
      'class-proximity on images › embedding images: trusted samples: 100/1000 (10%), 8.3/s, about 1 min 48 s left',
      'class-proximity on images › embedding images: trusted samples: done (100/1000) in 12 s',
      'class-proximity on images: running for 23 s',
      'class-proximity on images: done in 77 s',
      '',
    ]);
  });

  it('under GitHub Actions: each top-level stage is one collapsible group', () => {
    const { reporter, text } = capture({ actions: true });
    reporter.start('listing images');
    reporter.end();
    reporter.start('collusion on images');
    reporter.start('embedding images: changed samples', 2);
    reporter.tick(2);
    reporter.end();
    reporter.end();
    const lines = text().trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual(['::group::listing images', '::endgroup::', '::group::collusion on images', '::endgroup::']);
    expect(lines).toContain('collusion on images › embedding images: changed samples: done (2/2) in 0.0 s');
  });

  it('on a terminal: one line redrawn in place with a bar, finished stages kept, log lines above the bar', () => {
    const { reporter, clock, text } = capture({ isTTY: true });
    reporter.start('reading images', 10);
    clock.advance(1000);
    reporter.tick(5);
    reporter.log('policy .github/poisongate.yml from base\n');
    clock.advance(1000);
    reporter.end();
    const out = text();
    expect(out).toContain('\r\x1b[K[##########----------] reading images: 5/10 (50%), 5.0/s, about 1 s left');
    expect(out).toContain('\r\x1b[Kpolicy .github/poisongate.yml from base\n\r\x1b[K[##########');
    expect(out.endsWith('\r\x1b[Kreading images: done (5/10) in 2.0 s\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(3);
    // A stage over in under a second makes way for the next without a line of its own.
    reporter.start('integrity on images');
    clock.advance(300);
    reporter.end();
    expect(text().slice(out.length)).toBe('\r\x1b[Kintegrity on images: running for 0 s\r\x1b[K');
  });
});

describe('a scan of 500 images, not on a terminal', () => {
  // The fixture's 500 trusted images, scanned whole with the feature detectors and frequency.
  const repo = miniRepo(undefined, { model: 'pixels', detectors: '  frequency: {}' });
  const scan = (extra: string[]) => runCli(['scan', '--format', 'json', ...extra], repo.root, { isTTY: false, env: {} });

  it('prints a line per stage on stderr, counts for reading and embedding, and a line per detector; --quiet prints none', async () => {
    const r = await scan([]);
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.summary.candidates).toBe(500);
    const lines = r.stderr.trimEnd().split('\n');
    const has = (re: RegExp) => expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(re)]));
    has(/^listing images$/);
    has(/^listing images: done in \d+\.\d s$/);
    has(/^reading images: 500 to do$/);
    for (let pct = 10; pct <= 90; pct += 10) has(new RegExp(`^reading images: ${pct * 5}/500 \\(${pct}%\\), [\\d.]+/s(, about \\d+ (s|min \\d\\d s) left)?$`));
    has(/^reading images: done \(500\/500\) in [\d.]+ s$/);
    has(/^class-proximity on images › embedding images: (changed|trusted) samples: 500 to do$/);
    has(/^class-proximity on images › embedding images: (changed|trusted) samples: done \(500\/500\) in [\d.]+ s$/);
    expect(report.datasets[0].detectors).toEqual(['integrity', 'frequency', 'class-proximity', 'collusion', 'outliers', 'spectral']);
    for (const id of report.datasets[0].detectors) {
      has(new RegExp(`^${id} on images$`));
      has(new RegExp(`^${id} on images: done in [\\d.]+ s$`));
    }
    // Nothing but progress and log lines: no bar, no terminal codes in a log.
    expect(r.stderr.includes('\r') || r.stderr.includes('\u001b')).toBe(false);

    const quiet = await scan(['--quiet']);
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(quiet.stdout).summary.candidates).toBe(500);
  }, 180_000);
});
