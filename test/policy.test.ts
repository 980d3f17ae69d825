import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { loadPolicy, PolicyError } from '../src/policy/load.js';
import { policySchema, SCHEMA_ID } from '../src/policy/schema.js';
import { FIXTURES, ROOT } from './support/repo.js';

const load = (text: string) => loadPolicy({ text, path: 'p.yml', source: 'test' });
const errorOf = (text: string): string => {
  try {
    load(text);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return (err as Error).message;
  }
  throw new Error('policy was accepted');
};

const MINIMAL = `version: 1
datasets:
  - name: products
    root: data/images
    layout: imagefolder
    modality: image
`;

describe('policy loading', () => {
  it('fills defaults for a minimal policy', () => {
    const { policy } = load(MINIMAL);
    expect(policy.enforcement).toBe('enforce');
    expect(policy.fail_on).toBe('error');
    expect(policy.datasets[0]).toMatchObject({ name: 'products', root: 'data/images', formats: ['png', 'jpeg', 'webp'] });
    expect(policy.detectors).toEqual({});
  });

  it('merges presets under the policy: the policy wins, objects merge key by key', () => {
    const { policy } = load(`${MINIMAL}extends: [recommended]\ndetectors:\n  unicode: { enabled: false }\n`);
    expect(policy.detectors['provenance']).toEqual({});
    expect(policy.detectors['unicode']).toEqual({ enabled: false });
  });

  it('names line and column of a YAML syntax error', () => {
    expect(errorOf('version: 1\ndatasets:\n  - name: [unclosed\n')).toMatch(/^p\.yml:\d+:\d+: /);
  });

  it('names the line and column of an unknown key (a typo)', () => {
    const msg = errorOf(MINIMAL.replace('    modality: image', '    modality: image\n    modalty: text'));
    expect(msg).toBe("p.yml:7:5: unknown key 'modalty' in datasets.0");
  });

  it('names the value that is not allowed', () => {
    expect(errorOf(MINIMAL.replace('layout: imagefolder', 'layout: folders'))).toBe(
      'p.yml:5:13: datasets.0.layout must be one of: imagefolder, csv, jsonl, table',
    );
  });

  it('points at the parent when a required key is missing', () => {
    expect(errorOf(MINIMAL.replace('    modality: image\n', ''))).toBe("p.yml:3:5: datasets.0 is missing required key 'modality'");
  });

  it('rejects duplicate keys', () => {
    expect(errorOf(`${MINIMAL}enforcement: enforce\nenforcement: warn\n`)).toBe('p.yml:8:1: Map keys must be unique');
  });

  it('refuses alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    expect(errorOf(bomb.join('\n'))).toMatch(/alias/i);
  });

  it('refuses an unknown preset at its line', () => {
    expect(errorOf(`${MINIMAL}extends: [recommended, lenient]\n`)).toBe("p.yml:7:24: unknown preset 'lenient'");
  });

  it('refuses waivers for unknown rules, without a reason, or without a date', () => {
    const waivers = `${MINIMAL}waivers:\n  - { path: data/images/a.png, rule: nonsense, reason: ok, expires: 2027-01-01 }\n`;
    expect(errorOf(waivers)).toBe("p.yml:8:38: waivers.0.rule: unknown rule 'nonsense'");
    expect(errorOf(`${MINIMAL}waivers:\n  - { path: a.png, rule: unicode, expires: 2027-01-01 }\n`)).toMatch(/missing required key 'reason'/);
  });

  it('needs a manifest for manifest layouts and unique dataset names', () => {
    expect(errorOf(MINIMAL.replace('imagefolder', 'csv'))).toMatch(/layout 'csv' needs 'manifest'/);
    expect(errorOf(MINIMAL + MINIMAL.split('\n').slice(2).join('\n'))).toMatch(/duplicate dataset name 'products'/);
  });

  it('accepts the shipped demo policy', () => {
    const text = readFileSync(join(FIXTURES, 'demo/base/.github/poisongate.yml'), 'utf8');
    expect(load(text).policy.datasets.map((d) => d.name)).toEqual(['products', 'reviews']);
  });
});

describe('policy JSON Schema', () => {
  const schema = policySchema();

  it('is draft-07 with a stable $id and compiles in strict mode', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['$id']).toBe(SCHEMA_ID);
    expect(() => new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });

  it('closes every object: a typo anywhere is an error', () => {
    const open: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n['type'] === 'object' && n['properties'] && n['additionalProperties'] !== false) open.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
  });

  it('has a description on every detector and every top-level key', () => {
    const props = schema['properties'] as Record<string, { description?: string }>;
    for (const [k, v] of Object.entries(props)) expect([k, typeof v.description]).toEqual([k, 'string']);
  });

  it('keeps package.json and the tool version in step', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { TOOL_VERSION } = await import('../src/version.js');
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
