// Fetches a pinned npm package tarball for fixture generators (never at scan time): npm pack, a sha512
// check against the pinned integrity, then unpack; cached in the temp folder between runs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @param {{ spec: string, integrity: string }} pkg @returns {string} the unpacked package folder */
export function fetchPackage({ spec, integrity }) {
  const dir = join(tmpdir(), 'poisongate-fixture-packages', spec.replace(/[^A-Za-z0-9.@-]/g, '_'));
  if (existsSync(join(dir, 'package', 'package.json'))) return join(dir, 'package');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const name = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop();
  const tarball = join(dir, name);
  const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (actual !== integrity) throw new Error(`${spec}: integrity ${actual} does not match the pinned ${integrity}`);
  execFileSync('tar', ['xzf', tarball, '-C', dir]);
  return join(dir, 'package');
}
