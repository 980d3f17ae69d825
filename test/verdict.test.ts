import { loadPolicy } from '../src/policy/load.js';
import type { Policy } from '../src/policy/types.js';
import type { Finding } from '../src/types.js';
import { decide, isExpired } from '../src/verdict/verdict.js';

const base = loadPolicy({
  text: 'version: 1\ndatasets:\n  - { name: d, root: data, layout: imagefolder, modality: image }\n',
  path: 'p.yml',
  source: 'test',
}).policy;
const policy = (over: Partial<Policy>): Policy => ({ ...base, ...over });
const NOW = new Date('2026-06-15T12:00:00Z');
const f = (over: Partial<Finding>): Finding => ({ rule: 'provenance', severity: 'error', path: 'data/a/1.png', message: 'm', ...over });

describe('verdict', () => {
  it('fails on an error and passes on warnings under fail_on: error', () => {
    expect(decide(policy({}), 'p.yml', [f({})], NOW).verdict).toBe('fail');
    expect(decide(policy({}), 'p.yml', [f({ severity: 'warning' })], NOW).verdict).toBe('pass');
    expect(decide(policy({ fail_on: 'warning' }), 'p.yml', [f({ severity: 'warning' })], NOW).verdict).toBe('fail');
    expect(decide(policy({}), 'p.yml', [], NOW)).toMatchObject({ verdict: 'pass', wouldFail: false, failed: [] });
  });

  it('warn enforcement reports but never fails, and says it would have', () => {
    const r = decide(policy({ enforcement: 'warn' }), 'p.yml', [f({})], NOW);
    expect(r).toMatchObject({ verdict: 'pass', wouldFail: true, failed: [{ rule: 'provenance', count: 1 }] });
  });

  it('a waiver by path or by sha256 covers only its rule and is counted', () => {
    const waivers = [
      { path: 'data/a/1.png', rule: 'provenance', reason: 'SEC-1', expires: '2026-06-15' },
      { sha256: 'b'.repeat(64), rule: 'unicode', reason: 'SEC-2', expires: '2027-01-01' },
    ];
    const r = decide(policy({ waivers }), 'p.yml', [f({}), f({ rule: 'integrity' }), f({ rule: 'unicode', path: 'x.txt', sha256: 'b'.repeat(64) })], NOW);
    expect(r.findings.filter((x) => x.waived).map((x) => x.rule)).toEqual(['provenance', 'unicode']);
    expect(r.failed).toEqual([expect.objectContaining({ rule: 'integrity', count: 1 })]);
    expect(r.waivers.map((w) => w.used)).toEqual([1, 1]);
  });

  it('an expired waiver covers nothing and is itself an error', () => {
    const waivers = [{ path: 'data/a/1.png', rule: 'provenance', reason: 'SEC-1', expires: '2026-06-14' }];
    const r = decide(policy({ waivers }), 'p.yml', [f({})], NOW);
    expect(r.verdict).toBe('fail');
    expect(r.findings.map((x) => [x.rule, x.waived])).toEqual([
      ['provenance', undefined],
      ['waiver-expired', undefined],
    ]);
    expect(r.failed.map((x) => x.rule)).toEqual(['provenance', 'waiver-expired']);
  });

  it('a waiver lasts through its expiry day (UTC)', () => {
    const w = { path: 'a', rule: 'x', reason: 'r', expires: '2026-06-15' };
    expect(isExpired(w, new Date('2026-06-15T23:59:59Z'))).toBe(false);
    expect(isExpired(w, new Date('2026-06-16T00:00:00Z'))).toBe(true);
  });

  it('orders findings deterministically whatever the input order', () => {
    const list = [f({ path: 'b' }), f({ path: 'a', line: 2 }), f({ path: 'a', line: 1, rule: 'unicode' }), f({ path: 'a', line: 1 })];
    const one = decide(policy({}), 'p.yml', list, NOW).findings;
    const two = decide(policy({}), 'p.yml', [...list].reverse(), NOW).findings;
    expect(one).toEqual(two);
    expect(one.map((x) => `${x.path}:${x.line ?? ''}:${x.rule}`)).toEqual(['a:1:provenance', 'a:1:unicode', 'a:2:provenance', 'b::provenance']);
  });
});
