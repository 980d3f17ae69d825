// Runs a command under strace and reads back every file it (and every process it starts) opened,
// so a test can prove what a scan reads. strace is a Debian package; .ci/run installs it.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** One open(2)/openat(2)/openat2(2) call. */
export interface OpenCall {
  pid: number;
  /** The path as requested, made absolute against the directory fd (or the cwd) strace decoded. */
  requested?: string;
  /** The file the returned descriptor refers to (successful opens only). */
  opened?: string;
  /** errno name of a failed open. */
  error?: string;
}

export interface Trace {
  opens: OpenCall[];
  /** Programs started with execve(2). */
  execs: string[];
}

export interface TracedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  trace?: Trace;
}

export function straceAvailable(): boolean {
  const r = spawnSync('strace', ['-V'], { encoding: 'utf8' });
  return r.status === 0;
}

/** Undoes strace's C-style string escapes (paths in the corpus are printable, but be exact). */
function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-f]{2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', v: '\v', f: '\f' } as Record<string, string>)[e] ?? e;
  });
}

const STR = '"((?:[^"\\\\]|\\\\.)*)"';
const FD_PATH = '<((?:[^>\\\\]|\\\\.)*)>';
const OPEN = new RegExp(`^(\\d+)\\s+(?:open|openat|openat2)\\((?:(?:AT_FDCWD|\\d+)(?:${FD_PATH})?, )?${STR}`);
const RESULT_FD = new RegExp(`= \\d+${FD_PATH}`);
const RESULT_ERR = /= -1 (E[A-Z]+)/;
const EXEC = new RegExp(`^(\\d+)\\s+execve\\(${STR}`);

/** Parses `strace -f -y` output (one call per line, or split into unfinished/resumed halves). */
export function parseTrace(text: string): Trace {
  const opens: OpenCall[] = [];
  const execs: string[] = [];
  for (const line of text.split('\n')) {
    const exec = EXEC.exec(line);
    if (exec) {
      execs.push(unescape(exec[2]!));
      continue;
    }
    const open = OPEN.exec(line);
    const resumed = /<\.\.\. open(?:at2?)? resumed>/.test(line);
    if (!open && !resumed) continue;
    const call: OpenCall = { pid: Number(open?.[1] ?? /^(\d+)/.exec(line)?.[1] ?? 0) };
    if (open) {
      const path = unescape(open[3]!);
      const dir = open[2] !== undefined ? unescape(open[2]) : undefined;
      call.requested = isAbsolute(path) || dir === undefined ? path : resolve(dir, path);
    }
    const fd = RESULT_FD.exec(line);
    if (fd) call.opened = unescape(fd[1]!);
    const err = RESULT_ERR.exec(line);
    if (err) call.error = err[1]!;
    opens.push(call);
  }
  return { opens, execs };
}

/**
 * Runs `command args` (under `strace -f` when `traceFile` is given), killing it after `timeoutMs`.
 * Only open, openat, openat2 and execve stop the process (seccomp-bpf), so tracing costs little.
 */
export function runTraced(
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; traceFile?: string },
): Promise<TracedRun> {
  const argv = opts.traceFile
    ? ['strace', ['-f', '-y', '-s', '8192', '--seccomp-bpf', '-e', 'trace=open,openat,openat2,execve', '-o', opts.traceFile, command, ...args]]
    : [command, args];
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(argv[0] as string, argv[1] as string[], { cwd: opts.cwd, env: opts.env, detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, opts.timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const run: TracedRun = { status, signal, stdout, stderr, ms: Date.now() - started, timedOut };
      if (opts.traceFile) run.trace = parseTrace(readFileSync(opts.traceFile, 'utf8'));
      done(run);
    });
  });
}
