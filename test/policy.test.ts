import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { loadPolicy, PolicyError, policyText } from '../src/policy/load.js';
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
    expect(msg).toBe("p.yml:7:5: unknown key 'modalty' in datasets.0; did you mean 'modality'?");
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

  it('refuses alias bombs at the line of the alias that crosses the budget', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    // b adds 10×11 nodes, c 10×111, each *c on line 4 another 1111: the 8th crosses 10 000.
    expect(errorOf(bomb.join('\n'))).toBe('p.yml:4:36: aliases expand to more than 10000 nodes (an alias bomb)');
    // Ordinary aliases are fine.
    const shared = 'version: 1\ndatasets:\n  - { name: a, root: a, layout: imagefolder, modality: image, formats: &f [png, gif] }\n  - { name: b, root: b, layout: imagefolder, modality: image, formats: *f }\n';
    expect(load(shared).policy.datasets[1]!.formats).toEqual(['png', 'gif']);
  });

  it('names the line of nesting that is too deep, however deep', () => {
    // Policy map, datasets list, dataset map: the 30th bracket (column 13 + 29) is level 33.
    expect(errorOf(`${MINIMAL}    ignore: ${'['.repeat(40)}${']'.repeat(40)}\n`)).toBe('p.yml:7:42: nesting deeper than 32 levels');
    // Deep enough to exhaust the parser's stack: still a policy error with a line.
    expect(errorOf(`version: 1\ndatasets: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)).toMatch(/^p\.yml:2:\d+: nesting deeper than 32 levels$/);
  });

  it('keeps keys named __proto__ or constructor as keys: unknown, at their line, never settings', () => {
    expect(errorOf(`version: 1\n__proto__:\n  enforcement: warn\n${MINIMAL.slice('version: 1\n'.length)}`)).toBe("p.yml:2:1: unknown key '__proto__' in policy");
    expect(errorOf(`${MINIMAL}    __proto__: { formats: [gif] }\n`)).toBe("p.yml:7:5: unknown key '__proto__' in datasets.0");
    expect(errorOf(`${MINIMAL}constructor: { enforcement: warn }\n`)).toBe("p.yml:7:1: unknown key 'constructor' in policy");
  });

  it('keeps every path inside the repository and written plainly', () => {
    expect(errorOf(MINIMAL.replace('root: data/images', 'root: ../outside'))).toBe(
      "p.yml:4:11: datasets.0.root: root '../outside' leaves the repository (use a repo-relative path without '..', a leading '/', or backslashes)",
    );
    expect(errorOf(MINIMAL.replace('root: data/images', 'root: data/./images'))).toBe("p.yml:4:11: datasets.0.root: write root 'data/./images' as 'data/images'");
    expect(errorOf(`${MINIMAL}    provenance: { manifest: "data\\\\p.jsonl" }\n`)).toMatch(/^p\.yml:7:29: datasets\.0\.provenance\.manifest: provenance manifest .* leaves the repository/);
    expect(errorOf(`${MINIMAL}waivers:\n  - { path: a/../../b.png, rule: unicode, reason: r, expires: 2030-01-01 }\n`)).toMatch(/^p\.yml:8:13: waivers\.0\.path: path 'a\/\.\.\/\.\.\/b\.png' leaves/);
  });

  it('bounds lists that every file or finding is matched against', () => {
    const datasets = Array.from({ length: 101 }, (_, i) => `  - { name: d${i}, root: d${i}, layout: imagefolder, modality: image }`).join('\n');
    expect(errorOf(`version: 1\ndatasets:\n${datasets}\n`)).toBe('p.yml:3:3: datasets must NOT have more than 100 items');
    expect(errorOf(`${MINIMAL}    ignore: [${Array(1001).fill('"*.md"').join(',')}]\n`)).toMatch(/^p\.yml:7:13: datasets\.0\.ignore must NOT have more than 1000 items$/);
  });

  it('reads the policy file as strict UTF-8 within 1 MiB, naming the line', () => {
    const bad = Buffer.concat([Buffer.from(`${MINIMAL}    ignore: ["caf`), Buffer.from([0xe9]), Buffer.from('"]\n')]);
    expect(() => policyText(bad, 'p.yml')).toThrow('p.yml:7:18: not valid UTF-8 (byte 0xe9 at offset 123)');
    expect(() => policyText(Buffer.alloc(1024 * 1024 + 1, 0x23), 'p.yml')).toThrow(/^p\.yml:1:1: the policy is 1048577 bytes, over the limit of 1048576$/);
    expect(policyText(Buffer.from(MINIMAL), 'p.yml')).toBe(MINIMAL);
  });

  it('refuses an unknown preset at its line', () => {
    expect(errorOf(`${MINIMAL}extends: [recommended, lenient]\n`)).toBe("p.yml:7:24: unknown preset 'lenient' (presets: recommended, strict)");
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
