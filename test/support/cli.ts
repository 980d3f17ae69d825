import { main, type Io } from '../../src/cli/main.js';

/** The clock the CLI tests scan with (waiver expiry). */
export const CLI_NOW = new Date('2026-06-01T00:00:00Z');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process as `poisongate ARGS` from `cwd`, capturing both streams. */
export async function runCli(args: string[], cwd = process.cwd(), extra: Partial<Io> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, now: CLI_NOW, ...extra };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
