import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';
import { formatReport } from '../src/report/format.js';
import { formatJson } from '../src/report/json.js';
import type { Report } from '../src/report/model.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatText } from '../src/report/text.js';
import { scan } from '../src/scan/scan.js';
import { demoRepo } from './support/repo.js';

/** The official SARIF 2.1.0 JSON Schema (draft-04), as shipped by Microsoft's SARIF jest matchers. */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const AjvDraft04 = (require('ajv-draft-04') as { default: new (o: Options) => { compile(s: object): ValidateFunction } }).default;
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

const NOW = new Date('2026-06-01T00:00:00Z');

describe('reports of the demo pull request', () => {
  let report: Report;
  let rerun: Report;
  const hostile = 'data/images/coat/::error::pwned\u202Egnp.png';
  beforeAll(async () => {
    const repo = demoRepo({ prFiles: { [hostile]: Buffer.from('x') } });
    const request = { root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW };
    ({ report } = await scan(request));
    ({ report: rerun } = await scan(request));
  });

  it('SARIF is a valid SARIF 2.1.0 log with a rule for every result and stable fingerprints', () => {
    const sarif = JSON.parse(formatSarif(report));
    const validate = sarifValidator();
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const run = sarif.runs[0];
    expect(validate({ ...sarif, runs: [{ ...run, results: [{ message: {} }] }] })).toBe(false);
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of run.results) {
      expect(ruleIds).toContain(r.ruleId);
      expect(r.partialFingerprints['poisongate/v1']).toMatch(/^[0-9a-f]{64}$/);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^\//);
    }
    expect(run.results).toHaveLength(report.findings.length);
    // Code scanning treats them as security alerts, ranked by a security-severity in (0, 10].
    for (const rule of run.tool.driver.rules as Array<{ id: string; defaultConfiguration: { level: string }; properties: { 'security-severity': string; tags: string[] } }>) {
      const score = Number(rule.properties['security-severity']);
      expect(score > 0 && score <= 10).toBe(true);
      expect(rule.properties.tags.slice(0, 2)).toEqual(['security', 'data-poisoning']);
      expect(score >= 7).toBe(rule.defaultConfiguration.level === 'error');
    }
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'unicode').properties.tags).toContain('text');
    expect(formatSarif(report)).toBe(formatSarif(JSON.parse(formatJson(report))));
  });

  it('JSON is stable: the same scan twice gives the same bytes apart from timings', () => {
    const strip = (r: Report) => formatJson({ ...r, summary: { ...r.summary, timings_ms: {} } });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(strip(rerun)).toBe(strip(report));
  });

  it('the text report escapes PR-controlled names so they cannot start a workflow command', () => {
    const text = formatText(report);
    expect(report.findings.some((f) => f.path === hostile)).toBe(true);
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(text).not.toContain('\u202E');
    expect(text).toContain('<U+202E>');
  });

  it('JSON and SARIF printed to a log carry no raw bidi or separator characters and no legacy command, and parse to the same report', () => {
    const findings = [{ rule: 'integrity', severity: 'error' as const, path: 'data/##[error]\u202Ex\u2028\u{E0041}.png', message: 'tag \u{E0041} pua \uE000 del \u007f' }];
    const r = { ...report, findings };
    for (const format of ['json', 'sarif'] as const) {
      const text = formatReport(r, format);
      expect(text).not.toMatch(/[\u202E\u2028\uE000\u007f]|##\[|\u{E0041}/u);
    }
    expect(formatReport(r, 'json')).toContain('data/#\\u0023[error]\\u202ex\\u2028\\udb40\\udc41.png');
    expect(JSON.parse(formatReport(r, 'json')).findings).toEqual(findings);
    expect(JSON.parse(formatReport(r, 'sarif')).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(JSON.parse(formatSarif(r)).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri);
  });

  it('no line of the text report is a workflow command, legacy (##[) or leading (::), whatever a message holds', () => {
    const findings = [
      { rule: 'integrity', severity: 'error' as const, path: 'data/a/##[error]legacy.png', message: 'data/a/##[error]legacy.png is empty' },
      { rule: 'unicode', severity: 'error' as const, path: 'data/t.csv', line: 2, message: '::error::a message that starts like a command\n::warning::and a second line' },
    ];
    const text = formatText({ ...report, findings });
    for (const line of text.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
    expect(text).toContain('##<U+005B>error]legacy.png');
  });
});
