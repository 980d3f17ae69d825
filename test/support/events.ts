import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// ajv-formats is CommonJS with `module.exports = formatsPlugin` and a `.default` alias.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function loadJson(path: string): unknown {
  return JSON.parse(readFileSync(require.resolve(path), 'utf8'));
}

/** Ajv with real format checks (uri, date-time, …), as the GitHub schemas use them. */
export function ajvWithFormats(): Ajv {
  // inlineRefs: false compiles each $ref once; inlining the webhook schema's refs takes 4x longer.
  const ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false });
  addFormats(ajv);
  // OpenAPI's documentation-only keyword.
  ajv.addKeyword('example');
  return ajv;
}

let webhookAjv: Ajv | undefined;
function ajvForWebhooks(): Ajv {
  if (!webhookAjv) {
    webhookAjv = ajvWithFormats();
    webhookAjv.addSchema(loadJson('@octokit/webhooks-schemas/schema.json') as object, 'webhooks');
  }
  return webhookAjv;
}

/** Validates a payload against the published webhook schema of `event$action`; returns the errors. */
export function webhookErrors(payload: unknown, definition: string): string[] {
  const validate = ajvForWebhooks().getSchema(`webhooks#/definitions/${definition}`);
  if (!validate) throw new Error(`no webhook schema ${definition}`);
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The real `pull_request` `synchronize` payload shipped in @octokit/webhooks-examples. */
export function examplePullRequestEvent(): Json {
  const all = loadJson('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>;
  const examples = all.find((e) => e.name === 'pull_request')!.examples.filter((e) => e['action'] === 'synchronize');
  const valid = examples.find((e) => webhookErrors(e, 'pull_request$synchronize').length === 0);
  if (!valid) throw new Error('no schema-valid pull_request synchronize example');
  return structuredClone(valid);
}

export interface PullRequestSpec {
  owner: string;
  repo: string;
  number: number;
  base: string;
  head: string;
  /** Owner of the fork the PR comes from; the same repository when absent. */
  forkOwner?: string;
  changedFiles?: number;
}

/**
 * The example payload rewritten for our repository: repository names and URLs, PR number, base and
 * head commits, and (for a fork PR) the head repository.
 */
export function pullRequestEvent(spec: PullRequestSpec): Json {
  const example = examplePullRequestEvent();
  const fromRepo = example['repository'].full_name as string;
  const full = `${spec.owner}/${spec.repo}`;
  const p = JSON.parse(JSON.stringify(example).replaceAll(fromRepo, full)) as Json;
  p['number'] = spec.number;
  const pr = p['pull_request'];
  pr.number = spec.number;
  pr.base.sha = spec.base;
  pr.head.sha = spec.head;
  if (spec.changedFiles !== undefined) pr.changed_files = spec.changedFiles;
  for (const r of [p['repository'], pr.base.repo, pr.head.repo]) {
    r.name = spec.repo;
    r.full_name = full;
    r.owner.login = spec.owner;
  }
  pr.base.label = `${spec.owner}:${pr.base.ref}`;
  if (spec.forkOwner) {
    const head = pr.head.repo;
    head.full_name = `${spec.forkOwner}/${spec.repo}`;
    head.fork = true;
    head.owner = { ...head.owner, login: spec.forkOwner, id: head.owner.id + 1 };
    head.id = head.id + 1;
    head.node_id = `${head.node_id}fork`;
    pr.head.label = `${spec.forkOwner}:${pr.head.ref}`;
    pr.head.user = head.owner;
  }
  return p;
}
