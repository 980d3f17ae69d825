import { CommanderError } from 'commander';
import { ConfigError, errorMessage } from '../util/errors.js';
import { defaultIo, EXIT, logText, type Io } from './io.js';
import { buildProgram } from './program.js';

export { DEFAULT_POLICY, EXIT, type Io } from './io.js';

/** Entry point shared by bin/poisongate.js and the tests; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code: number = EXIT.pass;
  const program = buildProgram(io, (c) => void (code = c));
  // `-V` is what many tools print their version with; accept it beside -v and --version.
  const args = argv.length === 1 && argv[0] === '-V' ? ['--version'] : argv;
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects (unknown command or flag, a
      // missing argument, no command at all) is a usage error. Commander has printed the message.
      return err.exitCode === 0 ? EXIT.pass : EXIT.usage;
    }
    if (err instanceof ConfigError) {
      io.stderr(logText(errorMessage(err)));
      return EXIT.usage;
    }
    // Anything unexpected fails closed with the cause, never as a pass.
    io.stderr(logText(`poisongate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
    return EXIT.usage;
  }
}
