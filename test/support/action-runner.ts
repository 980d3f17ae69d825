import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tempDir } from './tmp.js';

/** A workflow command as the runner reads it from a line of the step's stdout. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Commands the runner would execute (outside stop-commands blocks). */
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
  ms: number;
}

export interface RunSpec {
  /** Folder holding action.yml (the release copy). */
  actionDir: string;
  workspace: string;
  eventName: string;
  payload: unknown;
  apiUrl: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Entry file relative to actionDir; action.yml's runs.main by default. */
  main?: string;
}

const unescapeProperty = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/**
 * Reads stdout the way the Actions runner does: a line whose trimmed start is `::` is a command;
 * `::stop-commands::<token>` suspends processing until a line `::<token>::`.
 */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let resumeToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (resumeToken !== undefined) {
      if (line === `::${resumeToken}::`) resumeToken = undefined;
      continue;
    }
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const info = line.slice(2, end);
    const space = info.indexOf(' ');
    const command = space < 0 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    const data = unescapeData(line.slice(end + 2));
    if (command === 'stop-commands') resumeToken = data;
    out.push({ command, properties, data, line });
  }
  return out;
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/**
 * Runs an action as the runner would: `node <runs.main>` with the runner's environment (event
 * file, workspace, INPUT_* with action.yml defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * RUNNER_TEMP) and GITHUB_API_URL pointing at `apiUrl`.
 */
export async function runAction(spec: RunSpec): Promise<ActionRun> {
  const runner = tempDir('poisongate-runner-');
  const runnerTemp = join(runner, 'temp');
  mkdirSync(runnerTemp);
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output');
  const summaryPath = join(runner, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(spec.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const action = parse(readFileSync(join(spec.actionDir, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { main: string };
  };
  const inputEnv: Record<string, string> = {};
  for (const [name, def] of Object.entries(action.inputs)) {
    const value = spec.inputs?.[name] ?? (def.default === '${{ github.token }}' ? 'ghs_local-test-token' : (def.default ?? ''));
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? runner,
    ...(process.env['npm_config_cache'] ? { npm_config_cache: process.env['npm_config_cache'] } : {}),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_REPOSITORY: 'octo-org/datasets',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: spec.apiUrl,
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    ...inputEnv,
    ...spec.env,
  };
  const started = Date.now();
  const child = spawn(process.execPath, [join(spec.actionDir, spec.main ?? action.runs.main)], { cwd: spec.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    status,
    stdout,
    stderr,
    commands: workflowCommands(stdout),
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    runnerTemp,
    ms: Date.now() - started,
  };
}
