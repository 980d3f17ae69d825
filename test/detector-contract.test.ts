import { spawnSync } from 'node:child_process';
import { Ajv } from 'ajv';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATALOG, defineCatalog } from '../src/detectors/catalog.js';
import { defineDetector, type DetectorMeta } from '../src/detectors/detector.js';
import { DetectorTester } from '../src/detectors/tester.js';
import { loadPolicy, PolicyError } from '../src/policy/load.js';
import { policySchema } from '../src/policy/schema.js';
import { formatSarif } from '../src/report/sarif.js';
import { scan } from '../src/scan/scan.js';
import { buildRepo, ROOT } from './support/repo.js';
import type { ToyOptions } from './support/toy-detector.js';

/** The toy detector's one catalog entry. */
const toy = defineDetector<ToyOptions>({
  id: 'toy',
  description: 'Texts are short.',
  help: 'Reports texts longer than max_chars.',
  modality: 'text',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: { max_chars: { type: 'integer', minimum: 1, description: 'Longest text allowed.' } } },
  defaults: { max_chars: 10 },
  messages: { long: '{{chars}} characters, more than {{max}}' },
  load: () => import('./support/toy-detector.js'),
});
const catalog = defineCatalog([...CATALOG, toy]);

const POLICY = `version: 1
datasets:
  - { name: notes, root: data, layout: imagefolder, modality: text }
detectors:
  toy: { max_chars: 5, severity: error }
`;

describe('adding a detector: one file with its run code, one catalog entry', () => {
  it('is tested alone with the detector tester, which keeps what it reported', async () => {
    const { findings, reports } = await new DetectorTester(catalog).run('toy', {
      policy: POLICY,
      reference: { 'data/a/old.txt': 'fine' },
      candidates: { 'data/a/long.txt': 'far too long', 'data/b/ok.txt': 'ok' },
    });
    expect(reports.map((r) => r.report.messageId ?? r.report.message)).toEqual(['long', '2 text(s) measured']);
    expect(findings.map((f) => [f.rule, f.severity, f.path, f.message])).toEqual([
      ['toy', 'error', 'data/a/long.txt', '12 characters, more than 5'],
      ['toy', 'notice', 'data', '2 text(s) measured'],
    ]);
  });

  it('extends the policy schema, the policy check and the SARIF rules', () => {
    const schema = policySchema(catalog) as { properties: { detectors: { properties: Record<string, { properties: Record<string, unknown> }> } } };
    expect(Object.keys(schema.properties.detectors.properties['toy']!.properties)).toEqual(['enabled', 'severity', 'max_chars']);
    expect(loadPolicy({ text: POLICY, path: 'p.yml', source: 'test' }, catalog).policy.detectors['toy']).toEqual({ max_chars: 5, severity: 'error' });
    // Without its catalog entry the detector does not exist, and its options are checked against its schema.
    expect(() => loadPolicy({ text: POLICY, path: 'p.yml', source: 'test' })).toThrow(/unknown key 'toy'/);
    expect(() => loadPolicy({ text: POLICY.replace('max_chars: 5', 'max_chars: many'), path: 'p.yml', source: 'test' }, catalog)).toThrow(PolicyError);
  });

  it('runs in a scan, and the engine stamps rule, severity, location and dataset on what it reports', async () => {
    const repo = buildRepo({
      baseFiles: { '.github/poisongate.yml': POLICY, 'data/a/old.txt': 'fine' },
      prFiles: { 'data/a/long.txt': 'far too long', 'data/b/ok.txt': 'ok' },
    });
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', detectors: catalog }).finally(() =>
      rmSync(dirname(repo.root), { recursive: true, force: true }),
    );
    expect(report.datasets[0]!.detectors).toEqual(['integrity', 'toy']);
    expect(report.findings.map(({ rule, severity, path, message, dataset }) => ({ rule, severity, path, message, dataset }))).toEqual([
      { rule: 'toy', severity: 'notice', path: 'data', message: '2 text(s) measured', dataset: 'notes' },
      { rule: 'toy', severity: 'error', path: 'data/a/long.txt', message: '12 characters, more than 5', dataset: 'notes' },
    ]);
    expect(report.findings[1]).toMatchObject({ score: 12, threshold: 5, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const sarif = JSON.parse(formatSarif(report, catalog)) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } } }> };
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain('toy');
  });
});

describe('the detector catalog', () => {
  it.each(CATALOG.map((d) => [d.id, d] as const))('%s: its defaults are a complete, valid set of the options its schema describes, and its run code loads', async (_, meta) => {
    const properties = meta.optionsSchema.properties as Record<string, unknown>;
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile({ type: 'object', additionalProperties: false, required: Object.keys(properties), properties });
    const valid = validate(meta.defaults);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    for (const [name, schema] of Object.entries(properties)) expect([name, typeof (schema as { description?: unknown }).description]).toEqual([name, 'string']);
    expect(typeof (await meta.load()).run).toBe('function');
  });

  it('rejects a duplicate id and options named like the engine settings', () => {
    expect(() => defineCatalog([toy, { ...toy }])).toThrow(/duplicate id 'toy'/);
    for (const name of ['enabled', 'severity', 'modalities']) {
      const bad = { ...toy, id: 'bad', optionsSchema: { type: 'object', properties: { [name]: { type: 'string', description: 'x' } } } } as unknown as DetectorMeta;
      expect(() => defineCatalog([bad])).toThrow(new RegExp(`bad has option\\(s\\) named like engine settings: ${name}`));
    }
    expect(CATALOG.map((d) => d.id)).toEqual([...new Set(CATALOG.map((d) => d.id))]);
  });

  it('keeps the native image and model runtimes out of `schema` and `validate-policy`', () => {
    // Run the built CLI in a fresh process and list the native packages Node loaded.
    const probe = (...args: string[]) => {
      const script = `
        import { createRequire } from 'node:module';
        const require = createRequire(import.meta.url);
        const [what, ...rest] = JSON.parse(process.argv[1]);
        process.argv = [process.argv[0], 'poisongate', ...rest];
        if (what === 'cli') await import(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))});
        else for (const m of rest) await import(m);
        process.stderr.write('\\nNATIVE ' + JSON.stringify([...new Set(Object.keys(require.cache).map((k) => /node_modules\\/(sharp|onnxruntime-node)\\//.exec(k)?.[1]).filter(Boolean))].sort()) + '\\n');`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(args)], { cwd: ROOT, encoding: 'utf8' });
      const line = r.stderr.split('\n').find((l) => l.startsWith('NATIVE '));
      if (!line) throw new Error(`probe failed (exit ${r.status}): ${r.stderr}`);
      return JSON.parse(line.slice('NATIVE '.length)) as string[];
    };
    expect(probe('cli', 'schema')).toEqual([]);
    expect(probe('cli', 'validate-policy', join('fixtures', 'demo', 'base', '.github', 'poisongate.yml'))).toEqual([]);
    // The probe sees them when they are loaded.
    expect(probe('import', 'sharp', 'onnxruntime-node')).toEqual(['onnxruntime-node', 'sharp']);
  });
});
