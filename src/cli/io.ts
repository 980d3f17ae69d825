export { writeReportFile as writeFile } from '../report/write.js';
import { escapeLogLine } from '../util/text-escape.js';

/** Where the CLI writes, and where it runs; injected by the tests. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  now?: Date;
  /** Whether stderr is a terminal (progress bars); default: process.stderr.isTTY. */
  isTTY?: boolean;
  /** Environment (GITHUB_ACTIONS, CI); default: process.env. */
  env?: NodeJS.ProcessEnv;
}

export const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
  env: process.env,
};

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

export const DEFAULT_POLICY = '.github/poisongate.yml';

/**
 * Messages for stderr, which CI logs: they can quote file names and policy text, so each line is
 * escaped (no control or bidi characters, nothing a runner would take for a workflow command).
 */
export function logText(message: string): string {
  return `${message.split('\n').map((l) => escapeLogLine(l, 4000)).join('\n')}\n`;
}
