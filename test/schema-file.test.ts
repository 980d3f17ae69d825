// The committed policy schema: current, shipped, and reachable from a policy's $schema line.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { main } from '../src/cli/main.js';
import { policySchema, SCHEMA_URL } from '../src/policy/schema.js';
// @ts-expect-error plain ESM release script
import { releaseSourceFiles } from '../scripts/release.mjs';
import { FIXTURES, ROOT } from './support/repo.js';
import { tempDir } from './support/tmp.js';

const SCHEMA_FILE = 'schema/policy-v1.json';
const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
const modeline = (text: string) => /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];

describe('schema/policy-v1.json', () => {
  it('is what the code generates (run npm run package when this fails)', () => {
    expect(committed).toBe(`${JSON.stringify(policySchema(), null, 2)}\n`);
  });

  it('is in every release and in the npm package', () => {
    expect(releaseSourceFiles()).toContain(SCHEMA_FILE);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schema/');
  });

  it('its URL is the raw file at the v1 tag, and the policies written by hand and by init use it', () => {
    expect(SCHEMA_URL).toBe(`https://raw.githubusercontent.com/poisongate/poisongate/v1/${SCHEMA_FILE}`);
    expect(JSON.parse(committed).$id).toBe(SCHEMA_URL);
    expect(modeline(readFileSync(join(FIXTURES, 'demo', 'base', '.github', 'poisongate.yml'), 'utf8'))).toBe(SCHEMA_URL);
    const docs = readFileSync(join(ROOT, 'docs', 'schema.md'), 'utf8');
    const catalog = JSON.parse(/```json\n([\s\S]*?)```/.exec(docs)![1]!);
    expect(catalog).toEqual({ name: 'poisongate', description: expect.any(String), fileMatch: ['**/.github/poisongate.yml', '**/.github/poisongate.yaml'], url: SCHEMA_URL });
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(SCHEMA_URL);
  });

  it('a relative $schema to a copy beside the policy resolves and validates the policy', async () => {
    const dir = join(tempDir(), '.github');
    const policyText = readFileSync(join(FIXTURES, 'demo', 'base', '.github', 'poisongate.yml'), 'utf8').replace(SCHEMA_URL, './poisongate.schema.json');
    const io = { stdout: () => {}, stderr: () => {}, cwd: dirname(dir) };
    expect(await main(['schema', '--output', '.github/poisongate.schema.json'], io)).toBe(0);
    writeFileSync(join(dir, 'poisongate.yml'), policyText);
    const target = resolve(dir, modeline(policyText)!);
    const schema = JSON.parse(readFileSync(target, 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(parse(policyText))).toBe(true);
    expect(validate({ ...parse(policyText), enforcment: 'warn' })).toBe(false);
  });
});
