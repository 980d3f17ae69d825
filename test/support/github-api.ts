import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the Action made, as the server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

/** A file of the pull request files API (a "diff entry"). */
export interface DiffEntry {
  sha: string | null;
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  previous_filename?: string;
}

export interface FakeGitHubOptions {
  /** How POST/PATCH check-runs answer: 'ok', or 'forbidden' as for a fork PR's read-only token. */
  checks?: 'ok' | 'forbidden';
  /** Answer to GET /repos/{o}/{r}/pulls/{n} (a pull request object). */
  pull?: Record<string, unknown>;
  /** All files of the PR; listed 3000 at most, as the real API does. */
  files?: DiffEntry[];
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const FILES_API_CAP = 3000;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

/**
 * A local stand-in for api.github.com on 127.0.0.1: answers the calls the Action makes (check runs,
 * pulls.get, paginated pulls.listFiles with Link headers) and records every request.
 */
export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  let nextId = 4000;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(body !== undefined ? { body } : {}),
      });
      const forbidden = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' };
      let m: RegExpExecArray | null;
      if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname)) {
        if (opts.checks === 'forbidden') return send(res, 403, forbidden);
        const id = nextId++;
        return send(res, 201, { id, html_url: `https://github.com/checks/${id}`, status: 'completed', ...(body as object) });
      }
      if (req.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(url.pathname))) {
        if (opts.checks === 'forbidden') return send(res, 403, forbidden);
        return send(res, 200, { id: Number(m[1]), status: 'completed' });
      }
      if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(url.pathname) && opts.pull) {
        return send(res, 200, opts.pull);
      }
      if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname) && opts.files) {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const listed = opts.files.slice(0, FILES_API_CAP);
        const items = listed.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(listed.length / perPage));
        const self = `http://127.0.0.1:${(server.address() as AddressInfo).port}${url.pathname}`;
        const headers: Record<string, string> =
          page < last ? { link: `<${self}?per_page=${perPage}&page=${page + 1}>; rel="next", <${self}?per_page=${perPage}&page=${last}>; rel="last"` } : {};
        return send(res, 200, items, headers);
      }
      return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    })().catch((err: unknown) => send(res, 500, { message: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Diff entries as the API would list them, from `git diff --name-status` style changes. */
export function diffEntries(repo: string, head: string, changes: Array<{ status: DiffEntry['status']; filename: string; previous_filename?: string }>): DiffEntry[] {
  return changes.map((c) => ({
    sha: c.status === 'removed' ? null : '0'.repeat(40),
    filename: c.filename,
    status: c.status,
    additions: 1,
    deletions: 0,
    changes: 1,
    blob_url: `https://github.com/${repo}/blob/${head}/${encodeURI(c.filename)}`,
    raw_url: `https://github.com/${repo}/raw/${head}/${encodeURI(c.filename)}`,
    contents_url: `https://api.github.com/repos/${repo}/contents/${encodeURI(c.filename)}?ref=${head}`,
    ...(c.previous_filename ? { previous_filename: c.previous_filename } : {}),
  }));
}
