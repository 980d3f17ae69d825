import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { writeAttachments } from '../src/report/attachments.js';
import { formatJson } from '../src/report/json.js';
import type { Report } from '../src/report/model.js';
import type { Finding } from '../src/types.js';
import { filesUnder, FORENSICS, POLICY_PATH, policyFor } from './support/forensics.js';
import { buildRepo } from './support/repo.js';
import { tempDir } from './support/tmp.js';

const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]);

function reportWith(findings: Finding[]): Report {
  return { findings } as unknown as Report;
}

describe('report attachments', () => {
  it('writes each attachment once beside the JSON report and replaces the bytes by the relative file', async () => {
    const dir = tempDir('poisongate-att-');
    const shared = { name: 'shared-trigger-x-0123.png', mediaType: 'image/png' as const, data: png(1) };
    const report = reportWith([
      { rule: 'shared-trigger', severity: 'error', path: 'a.png', message: 'm', attachments: [shared] },
      { rule: 'shared-trigger', severity: 'error', path: 'b.png', message: 'm', attachments: [{ ...shared }] },
      { rule: 'perturbed-copy', severity: 'error', path: 'c.png', message: 'm', attachments: [{ name: '../evil.png', mediaType: 'image/png', data: png(2) }] },
      { rule: 'unicode', severity: 'error', path: 'd.txt', message: 'm' },
    ]);
    const out = await writeAttachments(report, join(dir, 'report.json'));
    expect(readdirSync(join(dir, 'report.json.evidence')).sort()).toEqual(['attachment-1.png', 'shared-trigger-x-0123.png']);
    expect(out.findings.map((f) => f.attachments?.map((a) => a.file))).toEqual([
      ['report.json.evidence/shared-trigger-x-0123.png'],
      ['report.json.evidence/shared-trigger-x-0123.png'],
      ['report.json.evidence/attachment-1.png'],
      undefined,
    ]);
    expect(readFileSync(join(dir, 'report.json.evidence', 'attachment-1.png'))).toEqual(Buffer.from(png(2)));
    expect(formatJson(report)).not.toContain('"data"');
  });

  it('the CLI writes the evidence folder with --json and links it from the report', async () => {
    const reference = filesUnder(join(FORENSICS, 'reference'), 'images');
    const poisons = filesUnder(join(FORENSICS, 'poisons', 'pr-3987'), 'images');
    const repo = buildRepo({ baseFiles: { ...reference, [POLICY_PATH]: policyFor({ 'shared-trigger': {} }) }, prFiles: poisons });
    const out = join(tempDir('poisongate-cli-'), 'scan.json');
    const stderr: string[] = [];
    const code = await main(['scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--json', out], {
      stdout: () => {},
      stderr: (s) => stderr.push(s),
      cwd: repo.root,
    });
    expect(code).toBe(1);
    const json = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const files = new Set(json.findings.flatMap((f) => (f.attachments ?? []).map((a) => a.file)));
    expect(files.size).toBe(1);
    const file = [...files][0]!;
    expect(file).toMatch(/^scan\.json\.evidence\/shared-trigger-.*\.png$/);
    expect(existsSync(join(out, '..', file))).toBe(true);
    expect(readFileSync(join(out, '..', file)).subarray(1, 4).toString()).toBe('PNG');
  });
});
