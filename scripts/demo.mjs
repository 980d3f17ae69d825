#!/usr/bin/env node
// The demo: builds fixtures/demo as a dataset repository with one pull request and runs the gate
// on it exactly as CI would (`poisongate scan --base main --head pr`). Exits with the scan's code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRepo } from './fixture-repo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, '..', 'fixtures', 'demo');
const dest = join(mkdtempSync(join(tmpdir(), 'poisongate-demo-')), 'repo');
buildRepo({ dest, base: join(fixture, 'base'), pr: join(fixture, 'pr') });
console.error(`demo repository: ${dest} (branch main = base, branch pr = the pull request)`);
const args = ['scan', '--root', dest, '--base', 'main', '--head', 'pr', ...process.argv.slice(2)];
const r = spawnSync(process.execPath, [join(here, '..', 'bin', 'poisongate.js'), ...args], { stdio: 'inherit' });
process.exit(r.status ?? 2);
