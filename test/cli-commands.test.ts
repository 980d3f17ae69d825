// The command line as a person meets it: help for every command, version flags, --quiet,
// --fail-on, shell completion, init, baseline and where the evidence images go.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadPolicy } from '../src/policy/load.js';
import { EXPIRES_PLACEHOLDER, REASON_PLACEHOLDER } from '../src/verdict/baseline.js';
import { TOOL_VERSION } from '../src/version.js';
import { buildRepo, demoRepo, FIXTURES, ROOT } from './support/repo.js';
import { tempDir } from './support/tmp.js';
import { runCli } from './support/cli.js';

const COMMANDS = ['scan', 'init', 'validate-policy', 'baseline', 'schema', 'completion'];

const run = runCli;

describe('help and version', () => {
  it.each(COMMANDS)('%s --help prints its usage, options and examples on stdout, exit 0', async (command) => {
    const r = await run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage: poisongate ${command} `));
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(`poisongate ${command}`);
    // `help <command>` is the same text.
    expect((await run(['help', command])).stdout).toBe(r.stdout);
  });

  it('the top-level help lists every command and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(r.stdout).toContain('Exit codes: 0 pass, 1 policy violated, 2 usage');
  });

  it.each([['-v'], ['-V'], ['--version']])('%s prints the version', async (flag) => {
    expect(await run([flag])).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
  });

  it('a mistyped command or flag is a usage error with a suggestion', async () => {
    const command = await run(['scna']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command 'scna'\n\(Did you mean scan\?\)/);
    const flag = await run(['scan', '--fromat', 'json']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--fromat'\n\(Did you mean --format\?\)/);
    const choice = await run(['scan', '--fail-on', 'fatal']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toMatch(/Allowed choices are error, warning, notice/);
  });

  it('no command prints the help on stderr and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: poisongate/);
  });
});

describe('scan options', () => {
  const repo = demoRepo();
  const scanArgs = ['scan', '--root', repo.root, '--base', 'main', '--head', 'pr'];

  it('logs to stderr by default and not at all with --quiet', async () => {
    const loud = await run(scanArgs);
    expect(loud.code).toBe(1);
    expect(loud.stderr).toMatch(/^policy \.github\/poisongate\.yml from base/m);
    const quiet = await run([...scanArgs, '--quiet']);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('--fail-on overrides the policy: notice fails a pass, and the report says so', async () => {
    // The base against itself plus one notice-only change: a removed sample.
    const removal = buildRepo({ base: join(FIXTURES, 'demo', 'base'), prRemove: ['data/images/bag/0000.png', 'data/images.provenance.jsonl'], prFiles: { 'data/images.provenance.jsonl': readFileSync(join(FIXTURES, 'demo', 'base', 'data', 'images.provenance.jsonl'), 'utf8').split('\n').slice(1).join('\n') } });
    const args = ['scan', '--root', removal.root, '--base', 'main', '--head', 'pr', '--quiet', '--format', 'json'];
    const policyDefault = await run(args);
    expect(policyDefault.code).toBe(0);
    expect(JSON.parse(policyDefault.stdout).findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)).toContain('removed-sample:notice');
    const strict = await run([...args, '--fail-on', 'notice']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ verdict: 'fail', policy: { fail_on: 'notice' } });
  });

  it('the text report explains unchecked candidates and where evidence images are', async () => {
    const plain = await run([...scanArgs, '--quiet']);
    expect(plain.stdout).toMatch(/^unchecked: 1 candidate\(s\) were not checked by the detectors: they could not be read or decoded/m);
    const out = tempDir();
    const evidence = join(out, 'evidence');
    const written = await run([...scanArgs, '--quiet', '--evidence-dir', evidence, '--output', join(out, 'report.txt')]);
    expect(written.code).toBe(1);
    const text = readFileSync(join(out, 'report.txt'), 'utf8');
    const files = [...text.matchAll(/^ {8}evidence: (.+)$/gm)].map((m) => m[1]!);
    // The demo's evidence, when it has any, is linked relative to the report and exists.
    for (const f of files) expect(existsSync(join(out, f))).toBe(true);
    expect(files.length === 0 ? [] : readdirSync(evidence).length).not.toBe(0);
    if (files.length === 0) expect(text).not.toMatch(/evidence images for/);
  });
});

describe('shell completion', () => {
  it('bash completes commands, flags and flag values from the parser definitions', async () => {
    const r = await run(['completion', 'bash']);
    expect(r.code).toBe(0);
    const script = join(tempDir(), 'poisongate.bash');
    writeFileSync(script, r.stdout);
    const complete = (...words: string[]) => {
      const body = `source ${script}; COMP_WORDS=(poisongate ${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length}; _poisongate_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const out = spawnSync('bash', ['-c', body], { encoding: 'utf8' });
      expect(out.stderr).toBe('');
      return out.stdout.trim().split('\n').filter(Boolean).sort();
    };
    expect(complete('s')).toEqual(['scan', 'schema']);
    expect(complete('scan', '--fo')).toEqual(['--format']);
    expect(complete('scan', '--format', '')).toEqual(['json', 'sarif', 'text']);
    expect(complete('scan', '--fail-on', 'w')).toEqual(['warning']);
    expect(complete('validate-policy', '--r')).toEqual(['--ref', '--root']);
  });

  it('fish and zsh scripts come from the same definitions', async () => {
    const fish = (await run(['completion', 'fish'])).stdout;
    expect(fish).toContain("complete -c poisongate -n \"__fish_seen_subcommand_from scan\" -l format -x -a 'text json sarif'");
    const zsh = (await run(['completion', 'zsh'])).stdout;
    expect(zsh).toMatch(/^# zsh: load bash completion support/);
    expect(zsh).toContain('complete -o default -F _poisongate_complete poisongate');
    expect((await run(['completion', 'tcsh'])).code).toBe(2);
  });
});

/** Three classes of six demo images and the demo's reviews, with their provenance records and the backbone. */
function smallDataset(): Record<string, string | Buffer> {
  const base = join(FIXTURES, 'demo', 'base');
  const files: Record<string, string | Buffer> = { 'models/backbone.onnx': readFileSync(join(base, 'models', 'backbone.onnx')) };
  const keep = (path: string) => /^(bag|coat|sandal)\/000[0-5]\.png$/.test(path);
  const records = readFileSync(join(base, 'data', 'images.provenance.jsonl'), 'utf8').split('\n').filter((l) => l && keep(JSON.parse(l).path));
  for (const r of records) files[`data/images/${JSON.parse(r).path}`] = readFileSync(join(base, 'data', 'images', JSON.parse(r).path));
  files['data/images.provenance.jsonl'] = `${records.join('\n')}\n`;
  for (const cls of readdirSync(join(base, 'data', 'reviews'))) {
    for (const f of readdirSync(join(base, 'data', 'reviews', cls))) files[`data/reviews/${cls}/${f}`] = readFileSync(join(base, 'data', 'reviews', cls, f));
  }
  files['data/reviews.provenance.jsonl'] = readFileSync(join(base, 'data', 'reviews.provenance.jsonl'));
  return files;
}

describe('init', () => {
  /** Part of the demo's base, without a policy: what a team has before adopting the gate. */
  const fresh = () => buildRepo({ baseFiles: smallDataset() });

  it('writes a commented starter policy that validates and scans, and prints the workflow', async () => {
    const repo = fresh();
    const r = await run(['init', '--root', repo.root], repo.root);
    expect(r.code).toBe(0);
    const policyFile = join(repo.root, '.github', 'poisongate.yml');
    const text = readFileSync(policyFile, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/poisongate\/poisongate\/v1\/schema\/policy-v1\.json\n/);
    expect(text).toContain('extends: [recommended]');
    const { policy } = loadPolicy({ text, path: '.github/poisongate.yml', source: 'test' });
    expect(policy.datasets.map((d) => ({ name: d.name, root: d.root, layout: d.layout, modality: d.modality, formats: d.formats, provenance: d.provenance?.manifest }))).toEqual([
      { name: 'images', root: 'data/images', layout: 'imagefolder', modality: 'image', formats: ['png'], provenance: 'data/images.provenance.jsonl' },
      { name: 'reviews', root: 'data/reviews', layout: 'imagefolder', modality: 'text', formats: ['png', 'jpeg', 'webp'], provenance: 'data/reviews.provenance.jsonl' },
    ]);
    expect(policy.datasets[0]!.provenance!.required).toEqual(['source', 'vendor', 'license', 'sha256']);
    expect(text).toMatch(/# 18 file\(s\), 3 class\(es\): bag, coat, sandal\n/);
    expect(text).toContain('models/backbone.onnx');
    expect(r.stdout).toContain('add this workflow as .github/workflows/poisongate.yml');
    expect(parse(r.stdout.slice(r.stdout.indexOf('# .github/workflows/poisongate.yml')))).toMatchObject({ name: 'poisongate', jobs: { gate: {} } });
    expect(r.stderr).toMatch(/wrote \.github\/poisongate\.yml with 2 dataset\(s\)/);

    expect((await run(['validate-policy'], repo.root)).code).toBe(0);
    const scanned = await run(['scan', '--root', repo.root, '--quiet', '--format', 'json']);
    expect(scanned.code).toBe(0);
    expect(JSON.parse(scanned.stdout).summary.candidates).toBe(30);
  });

  it('refuses to overwrite a policy without --force, and finds nothing in an empty folder', async () => {
    const repo = demoRepo();
    const again = await run(['init', '--root', repo.root]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/\.github\/poisongate\.yml already exists .*pass --force/);
    expect((await run(['init', '--root', repo.root, '--dry-run'])).stdout).toMatch(/^# yaml-language-server/);
    const empty = await run(['init', '--root', tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no dataset found under/);
  });

  it('recognises split folders, manifests of paths and labels, and text tables', async () => {
    const png = readFileSync(join(FIXTURES, 'demo', 'base', 'data', 'images', 'bag', '0000.png'));
    const repo = buildRepo({
      baseFiles: {
        'vision/train/cat/1.png': png,
        'vision/train/dog/2.png': png,
        'vision/val/cat/3.png': png,
        'vision/notes.csv': 'a,b\n1,2\n',
        'catalog/items.csv': 'file_name,label\nimgs/a.png,shoe\nimgs/b.png,bag\n',
        'catalog/imgs/a.png': png,
        'catalog/imgs/b.png': png,
        'text/reviews.jsonl': '{"text":"great","label":"pos"}\n{"text":"bad","label":"neg"}\n',
      },
    });
    const r = await run(['init', '--root', repo.root, '--dry-run']);
    expect(r.code).toBe(0);
    const { policy } = loadPolicy({ text: r.stdout, path: 'p.yml', source: 'test' });
    expect(policy.datasets.map((d) => [d.root, d.layout, d.modality, d.manifest ?? '', d.columns])).toEqual([
      ['catalog', 'csv', 'image', 'catalog/items.csv', { path: 'file_name', label: 'label' }],
      ['text', 'table', 'text', '', { path: 'path', label: 'label' }],
      ['vision', 'imagefolder', 'image', '', { path: 'path', label: 'label' }],
    ]);
    expect(r.stdout).toMatch(/# 3 file\(s\), 2 class\(es\): cat, dog; splits train, val/);
    // A table under an image root is not a sample: ignored, with a note, so a scan does not flag it.
    expect(policy.datasets[2]!.ignore).toContain('notes.csv');
  });
});

describe('baseline', () => {
  it('turns the findings of a report into waivers pinned by sha256 that cover them once filled in', async () => {
    const repo = demoRepo();
    const out = tempDir();
    const reportFile = join(out, 'report.json');
    expect((await run(['scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--quiet', '--json', reportFile, '--write-waivers', join(out, 'from-scan.yml')])).code).toBe(1);
    const r = await run(['baseline', reportFile]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'from-scan.yml'), 'utf8')).toBe(r.stdout);
    const drafts = parse(r.stdout).waivers as Array<Record<string, string>>;
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const gating = report.findings.filter((f: { severity: string; sha256?: string }) => f.severity === 'error' && f.sha256);
    expect(drafts.length).toBe(new Set(gating.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`)).size);
    for (const d of drafts) {
      expect(d).toEqual({ path: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), rule: expect.any(String), reason: REASON_PLACEHOLDER, expires: EXPIRES_PLACEHOLDER });
    }
    // Findings with no content hash (the collusion group on the dataset root) are comments only.
    expect(r.stdout).toMatch(/^# Not pinned to content/m);
    expect(r.stderr).toMatch(/waiver draft\(s\) pinned by sha256, \d+ finding\(s\) without content hash listed as comments/);

    // Placeholders do not validate; filled in, the waivers cover exactly those findings.
    const policyFile = join(repo.root, '.github', 'poisongate.yml');
    const basePolicy = readFileSync(policyFile, 'utf8');
    const entries = (draft: string) => draft.slice(draft.indexOf('\nwaivers:') + 1);
    writeFileSync(join(out, 'draft.yml'), `${basePolicy}${entries(r.stdout)}`);
    const placeholders = await run(['validate-policy', join(out, 'draft.yml')]);
    expect(placeholders.code).toBe(2);
    expect(placeholders.stderr).toMatch(/waivers\.0\.expires must match pattern/);
    const filled = await run(['baseline', reportFile, '--reason', 'accepted at adoption, SEC-1', '--expires', '2026-12-31']);
    writeFileSync(join(out, 'filled.yml'), `${basePolicy}${entries(filled.stdout)}`);
    expect((await run(['validate-policy', join(out, 'filled.yml')])).code).toBe(0);
    const waived = buildRepo({ base: join(FIXTURES, 'demo', 'base'), pr: join(FIXTURES, 'demo', 'pr'), baseFiles: { '.github/poisongate.yml': readFileSync(join(out, 'filled.yml'), 'utf8') } });
    const after = JSON.parse((await run(['scan', '--root', waived.root, '--base', 'main', '--head', 'pr', '--quiet', '--format', 'json'])).stdout);
    const stillOpen = after.findings.filter((f: { waived?: unknown; severity: string; sha256?: string }) => !f.waived && f.severity === 'error' && f.sha256);
    expect(stillOpen).toEqual([]);
    expect(after.summary.findings.waived).toBeGreaterThanOrEqual(drafts.length);
  });

  it('refuses a file that is not a poisongate report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.json'), '{"version": 2}');
    const r = await run(['baseline', 'x.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a poisongate JSON report/);
    expect((await run(['baseline', 'x.json', '--expires', 'soon'], dir)).stderr).toMatch(/--expires 'soon' is not a date/);
  });
});

describe('the packaged entry', () => {
  it('without its native dependencies, answers --version and schema, and a scan says how to install them (exit 2)', () => {
    const dir = join(tempDir(), 'poisongate');
    for (const f of ['bin', 'dist', 'policies', 'package.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'poisongate.js'), ...args], { encoding: 'utf8', cwd: dir });
    // Only a scan loads the native addons: version, help and the schema work without them.
    expect(cli('--version').status).toBe(0);
    const schema = cli('schema');
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toHaveProperty('$schema');
    const r = cli('scan');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/(sharp|onnxruntime-node)( and (sharp|onnxruntime-node))? cannot be found from .*: poisongate needs them to scan\. Reinstall it with npm \(ONNXRUNTIME_NODE_INSTALL=skip npm install poisongate/);
  });

  it('bin/poisongate.js runs the bundled CLI', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/poisongate.js'), 'scan', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: poisongate scan/);
  });
});
