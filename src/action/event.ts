import { promises as fs } from 'node:fs';
import { ConfigError, errorMessage } from '../util/errors.js';

/** What the triggering event asks the gate to check. */
export interface EventContext {
  eventName: string;
  /** `pull-request`: base...head of a PR or merge-queue entry; `full`: the whole checked-out tree. */
  mode: 'pull-request' | 'full';
  /** The trusted side (PR base commit); set in pull-request mode. */
  base?: string;
  /** The proposed side (PR head commit); set in pull-request mode. */
  head?: string;
  /** Commit the check run belongs to: the PR head, never the merge commit GITHUB_SHA names. */
  checkSha?: string;
  pullNumber?: number;
  repository?: { owner: string; repo: string };
  /** The PR comes from another repository: its token is read-only. */
  fromFork: boolean;
  warnings: string[];
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function sha(value: unknown, what: string): string {
  if (typeof value !== 'string' || !SHA.test(value)) {
    throw new ConfigError(`the event payload has no valid ${what} (got ${JSON.stringify(value)?.slice(0, 80)})`);
  }
  return value;
}

function parseRepository(env: NodeJS.ProcessEnv): EventContext['repository'] {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env['GITHUB_REPOSITORY'] ?? '');
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

async function readPayload(path: string | undefined): Promise<Json> {
  if (!path) return {};
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${errorMessage(err)}`);
  }
  try {
    return obj(JSON.parse(text)) ?? {};
  } catch (err) {
    throw new ConfigError(`the event payload ${path} is not JSON: ${errorMessage(err)}`);
  }
}

/**
 * Reads GITHUB_EVENT_NAME / GITHUB_EVENT_PATH. Pull requests and merge-queue entries are checked
 * base...head; every other event (push, workflow_dispatch, schedule) is a full scan of the tree.
 */
export async function readEventContext(env: NodeJS.ProcessEnv): Promise<EventContext> {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const repository = parseRepository(env);
  const warnings: string[] = [];
  const payload = await readPayload(env['GITHUB_EVENT_PATH']);
  const common = { eventName, ...(repository ? { repository } : {}) };

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = obj(payload['pull_request']);
    if (!pr) throw new ConfigError(`the ${eventName} event payload has no pull_request object`);
    const base = sha(obj(pr['base'])?.['sha'], 'pull_request.base.sha');
    const head = sha(obj(pr['head'])?.['sha'], 'pull_request.head.sha');
    const number = typeof pr['number'] === 'number' ? pr['number'] : payload['number'];
    const baseRepo = obj(obj(pr['base'])?.['repo'])?.['full_name'];
    const headRepo = obj(obj(pr['head'])?.['repo'])?.['full_name'];
    if (eventName === 'pull_request_target') {
      warnings.push(
        'pull_request_target runs with a write token and the repository secrets. poisongate reads the pull request only as data, but any other step that checks out or runs its code is exposed: prefer the pull_request trigger (see docs/action.md).',
      );
    }
    return {
      ...common,
      mode: 'pull-request',
      base,
      head,
      checkSha: head,
      ...(typeof number === 'number' && Number.isInteger(number) && number > 0 ? { pullNumber: number } : {}),
      fromFork: typeof baseRepo === 'string' && baseRepo !== headRepo,
      warnings,
    };
  }
  if (eventName === 'merge_group') {
    const group = obj(payload['merge_group']);
    if (!group) throw new ConfigError('the merge_group event payload has no merge_group object');
    const base = sha(group['base_sha'], 'merge_group.base_sha');
    const head = sha(group['head_sha'], 'merge_group.head_sha');
    return { ...common, mode: 'pull-request', base, head, checkSha: head, fromFork: false, warnings };
  }
  const commit = env['GITHUB_SHA'];
  return {
    ...common,
    mode: 'full',
    ...(commit && SHA.test(commit) ? { checkSha: commit } : {}),
    fromFork: false,
    warnings,
  };
}
