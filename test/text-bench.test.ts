import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, formatResults, groupRows, runPullRequest, withAllowScripts, type GroupResult } from '../bench/text-bench.js';

// The text benchmark (fixtures/text-bench) through scan() on real git repositories. The unicode
// groups share one pull request (the rule judges rows one by one); `npm run eval:text` runs every
// group as its own pull request and prints the same table.
describe('text benchmark', () => {
  let results: GroupResult[];
  const get = (group: string) => results.find((r) => r.group === group)!;

  beforeAll(async () => {
    const unicode = await runPullRequest(['clean', 'typography', 'multilingual', 'invisible', 'homoglyph', 'reorder', 'deletion', 'budget-4-5', 'homoglyph-latin']);
    const trigger = await runPullRequest(['trigger-cf']);
    results = [...unicode.groups, ...trigger.groups];
    process.stdout.write(`${formatResults(results)}\n`);
  }, 300_000);

  it.each(['invisible', 'homoglyph', 'reorder', 'deletion'])('catches every %s row (Boucher et al. class)', (group) => {
    const r = get(group);
    expect(r.poisoned).toBe(100);
    expect(r.caught).toBe(r.poisoned);
  });

  it('catches every row perturbed 4 or 5 times, in all four classes', () => {
    const r = get('budget-4-5');
    expect(r.byBudget).toEqual({ 4: { rows: 40, caught: 40 }, 5: { rows: 40, caught: 40 } });
  });

  it('flags at most 1% of legitimate multilingual rows under allow_scripts, and no clean or typographic row', () => {
    const m = get('multilingual');
    expect(m.ordinary).toBe(400);
    expect(m.falsePositives / m.ordinary).toBeLessThanOrEqual(0.01);
    expect(get('clean').falsePositives).toBe(0);
    expect(get('typography').falsePositives).toBe(0);
  });

  it('sees most same-script (Latin) look-alikes through the reference vocabulary', () => {
    const r = get('homoglyph-latin');
    expect(r.caught / r.poisoned).toBeGreaterThanOrEqual(0.8);
  });

  it('lists every trigger row of a rare-word pull request and no ordinary row', () => {
    const r = get('trigger-cf');
    expect(r.verdict).toBe('fail');
    expect([r.caught, r.poisoned, r.falsePositives]).toEqual([10, 10, 0]);
  });
});

// The world corpus: 1 000 UDHR rows in 40 languages, once with its scripts allowed, once Latin-only.
describe('text benchmark: world corpus', () => {
  let results: GroupResult[];
  const get = (group: string) => results.find((r) => r.group === group)!;

  beforeAll(async () => {
    const world = await runPullRequest(['world']);
    const latinOnly = await runPullRequest(['world'], { policy: withAllowScripts(readFileSync(join(BENCH, 'policy.yml'), 'utf8'), ['Latin']) });
    results = [...world.groups, { ...latinOnly.groups[0]!, group: 'world-latin' }];
    process.stdout.write(`${formatResults(results)}\n`);
  }, 300_000);

  it('passes the world corpus (40 languages, 31 scripts) with allow_scripts listing its scripts: at most 0.5 % of rows', () => {
    const w = get('world');
    expect(w.ordinary).toBe(1000);
    expect(w.falsePositives).toBeLessThanOrEqual(5);
  });

  it('names every non-Latin row of the world corpus under a Latin-only policy, by the scripts it uses, and no Latin row', () => {
    const w = get('world-latin');
    const latinRows = groupRows('world').filter((r) => /^(Vietnamese|Turkish|Polish)$/.test(r.detail ?? '')).length;
    expect(latinRows).toBe(75);
    expect(w.falsePositives).toBe(1000 - latinRows);
    expect(w.falsePositiveKinds['script-not-allowed']).toBe(1000 - latinRows);
    expect(Object.keys(w.flaggedByDetail)).toHaveLength(37);
  });
});
