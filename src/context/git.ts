import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ConfigError } from '../util/errors.js';

const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

/** Runs git with arguments (never a shell) in `cwd`; resolves stdout as a Buffer. */
export function git(cwd: string, args: string[], options: { allowFail?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', '-c', 'safe.directory=*', ...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT, env: gitEnv() },
      (err, stdout, stderr) => {
        if (err && !options.allowFail) {
          const detail = Buffer.from(stderr).toString('utf8').trim().split('\n')[0] ?? '';
          reject(new ConfigError(`git ${args[0]} failed: ${detail || err.message}`));
        } else resolve(err ? Buffer.alloc(0) : Buffer.from(stdout));
      },
    );
  });
}

/** Git without user config side effects: no pager, no prompts, no hooks from the repo's config. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
}

export async function resolveCommit(cwd: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new ConfigError(`invalid git ref '${ref}'`);
  const out = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
  const sha = out.toString('utf8').trim();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    if (!(await isGitRepository(cwd))) {
      throw new ConfigError(`${cwd} is not a git repository: comparing against '${ref}' needs one. Without --base, poisongate scans the folder as it is`);
    }
    throw new ConfigError(
      `git ref '${ref}' is not a commit in this repository (in a workflow, check out with 'fetch-depth: 0')`,
    );
  }
  return sha;
}

export async function isGitRepository(cwd: string): Promise<boolean> {
  const out = await git(cwd, ['rev-parse', '--is-inside-work-tree'], { allowFail: true });
  return out.toString('utf8').trim() === 'true';
}

export async function commitExists(cwd: string, sha: string): Promise<boolean> {
  const out = await git(cwd, ['cat-file', '-t', sha], { allowFail: true });
  return out.toString('utf8').trim() === 'commit';
}

export async function gitDir(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--absolute-git-dir'])).toString('utf8').trim();
}

/**
 * One long-running `git cat-file --batch`: reading thousands of reference blobs through it costs one
 * process instead of one per file.
 */
export class BlobReader {
  private proc: ChildProcessWithoutNullStreams | undefined;
  // Output chunks not consumed yet; joined only when a read needs them (joining on every chunk is
  // quadratic in the size of a large blob).
  private chunks: Buffer[] = [];
  private size = 0;
  private waiting: Array<(chunk: Buffer | Error) => void> = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly cwd: string) {}

  /** Reads blob `oid`; the caller has already checked its size against the limits. */
  read(oid: string): Promise<Buffer> {
    const next = this.queue.then(() => this.readOne(oid));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.proc?.stdin.end();
    this.proc = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    const proc = spawn('git', ['-c', 'safe.directory=*', 'cat-file', '--batch'], { cwd: this.cwd, env: gitEnv() });
    proc.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.size += chunk.length;
      this.waiting.shift()?.(Buffer.alloc(0));
    });
    const fail = (err: Error) => {
      for (const w of this.waiting.splice(0)) w(err);
    };
    proc.on('error', fail);
    proc.on('exit', () => fail(new Error('git cat-file exited')));
    proc.stdin.on('error', fail);
    return proc;
  }

  private buffered(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0]!;
  }

  private consume(n: number): void {
    const rest = this.buffered().subarray(n);
    this.chunks = [rest];
    this.size = rest.length;
  }

  private async take(n: number): Promise<Buffer> {
    while (this.size < n) {
      const got = await new Promise<Buffer | Error>((resolve) => this.waiting.push(resolve));
      if (got instanceof Error) throw got;
    }
    const out = this.buffered().subarray(0, n);
    this.consume(n);
    return out;
  }

  private async takeLine(): Promise<string> {
    for (;;) {
      const nl = this.buffered().indexOf(10);
      if (nl >= 0) {
        const line = this.buffered().subarray(0, nl).toString('utf8');
        this.consume(nl + 1);
        return line;
      }
      const got = await new Promise<Buffer | Error>((resolve) => this.waiting.push(resolve));
      if (got instanceof Error) throw got;
    }
  }

  private async readOne(oid: string): Promise<Buffer> {
    if (!/^[0-9a-f]{40,64}$/.test(oid)) throw new Error(`invalid object id ${oid}`);
    this.proc ??= this.start();
    this.proc.stdin.write(`${oid}\n`);
    const header = await this.takeLine();
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file: ${header}`);
    const body = Buffer.from(await this.take(Number(m[3])));
    await this.take(1); // trailing newline
    return body;
  }
}
