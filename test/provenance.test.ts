import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedPayload } from '../src/detectors/provenance.js';
import { scan } from '../src/scan/scan.js';
import { sha256Hex } from '../src/util/hash.js';
import { FIXTURES, buildRepo } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const img = (n: string) => readFileSync(join(FIXTURES, 'demo/base/data/images', n));
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const rawPublic = (k: typeof publicKey) => k.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');

function signed(fields: Record<string, string>, key = privateKey): Record<string, string> {
  return { ...fields, signature: sign(null, signedPayload(fields, 'signature'), key).toString('base64') };
}

const policy = `version: 1
datasets:
  - name: products
    root: data/images
    layout: imagefolder
    modality: image
    formats: [png]
    provenance:
      manifest: data/provenance.jsonl
      required: [source, vendor, license, sha256]
      allowed: { vendor: [acme, globex], license: [MIT] }
      signatures:
        required: true
        keys: { acme: "${rawPublic(publicKey)}" }
detectors:
  provenance: {}
`;

describe('provenance', () => {
  const files: Record<string, Buffer> = {
    'data/images/coat/good.png': img('coat/0000.png'),
    'data/images/coat/unsigned.png': img('coat/0001.png'),
    'data/images/coat/forged.png': img('coat/0002.png'),
    'data/images/coat/wrong-key.png': img('coat/0003.png'),
    'data/images/coat/bad-license.png': img('coat/0004.png'),
    'data/images/coat/missing-field.png': img('coat/0005.png'),
    'data/images/coat/unknown-signer.png': img('coat/0006.png'),
    'data/images/coat/bad-policy-key.png': img('coat/0007.png'),
    'data/images/coat/swapped.png': img('coat/0008.png'),
    'data/images/coat/no-record.png': img('coat/0009.png'),
  };
  const rec = (name: string, extra: Record<string, string> = {}) => ({
    path: `coat/${name}`,
    source: 'fashion-mnist',
    vendor: 'acme',
    license: 'MIT',
    sha256: sha256Hex(files[`data/images/coat/${name}`]!),
    ...extra,
  });
  const forged = signed(rec('forged.png'));
  const records = [
    signed(rec('good.png')),
    rec('unsigned.png'),
    { ...forged, source: 'somewhere-else' },
    signed(rec('wrong-key.png'), other.privateKey),
    signed(rec('bad-license.png', { license: 'CC-BY-NC-4.0' })),
    signed(rec('missing-field.png', { source: '' })),
    signed(rec('unknown-signer.png', { vendor: 'initech' })),
    signed(rec('bad-policy-key.png', { vendor: 'globex' })),
    signed(rec('swapped.png', { sha256: sha256Hex(img('coat/0000.png')) })),
    signed(rec('good.png')),
  ];
  const repo = buildRepo({
    baseFiles: { '.github/poisongate.yml': policy, 'data/provenance.jsonl': '' },
    prFiles: { ...files, 'data/provenance.jsonl': `${records.map((r) => JSON.stringify(r)).join('\n')}\n` },
  });

  let messages: Map<string, string[]>;
  beforeAll(async () => {
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW });
    messages = new Map();
    for (const f of report.findings) messages.set(f.path, [...(messages.get(f.path) ?? []), f.message]);
    expect(report.verdict).toBe('fail');
  });
  const of = (name: string) => (messages.get(`data/images/coat/${name}`) ?? []).join(' | ');

  it('accepts a complete record signed by an allowed vendor', () => expect(of('good.png')).toBe(''));
  it('requires a signature', () => expect(of('unsigned.png')).toMatch(/no 'signature' but signatures are required/));
  it('detects a record altered after signing', () => expect(of('forged.png')).toMatch(/signature does not verify/));
  it('detects a signature by another key', () => expect(of('wrong-key.png')).toMatch(/signature does not verify with the key of 'acme'/));
  it('enforces allow-lists', () => expect(of('bad-license.png')).toMatch(/license 'CC-BY-NC-4.0' is not allowed \(allowed: MIT\)/));
  it('requires every required field', () => expect(of('missing-field.png')).toMatch(/missing required field\(s\): source/));
  it('refuses signers without a key', () => {
    expect(of('unknown-signer.png')).toMatch(/vendor 'initech' is not allowed/);
    expect(of('unknown-signer.png')).toMatch(/signer 'initech' \(field 'vendor'\) has no key in the policy/);
  });
  // (An unusable key in the policy is a configuration error before any sample is read: cli-config-errors.test.ts.)
  it('refuses an allowed vendor the policy has no key for', () => expect(of('bad-policy-key.png')).toMatch(/signer 'globex' \(field 'vendor'\) has no key in the policy/));
  it('compares the checksum with the bytes', () => expect(of('swapped.png')).toMatch(/checksum mismatch/));
  it('needs a record for every new sample', () => expect(of('no-record.png')).toMatch(/no provenance record in data\/provenance\.jsonl/));
  it('refuses an ambiguous second record for the same sample', () => {
    expect(messages.get('data/provenance.jsonl')?.join(' | ')).toMatch(/second record for coat\/good\.png \(first on line 1\)/);
  });
});
