import { Argument, Command, Option } from 'commander';
import { FORMATS } from '../report/format.js';
import { TOOL_VERSION } from '../version.js';
import { runBaseline } from './baseline-command.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import { runInit } from './init-command.js';
import { DEFAULT_POLICY, type Io } from './io.js';
import { printSchema, validatePolicy } from './policy-commands.js';
import { runScan, type ScanOptions } from './scan-command.js';

const SEVERITIES = ['error', 'warning', 'notice'];

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

/**
 * The command line, declared once with commander: parsing, `--help` for every command, `-v`, "did
 * you mean" for mistyped commands and flags, and the shell completion scripts all come from these
 * definitions. `run` receives each command's exit code.
 */
export function buildProgram(io: Io, run: (code: number) => void): Command {
  const program = new Command('poisongate')
    .description('Pull-request gate for dataset repositories against clean-label data poisoning.')
    .version(TOOL_VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      `\nExit codes: 0 pass, 1 policy violated, 2 usage, configuration or input error.\nDefault policy: ${DEFAULT_POLICY}. Run 'poisongate <command> --help' for a command's options.\n` +
        examples(['poisongate init                                  # write a starter policy', 'poisongate scan --base origin/main               # gate the current branch', 'poisongate scan --format json --output report.json']),
    );

  program
    .command('scan')
    .description('Check the samples a change adds against the trusted base (with --base), or the whole dataset tree (without).')
    .option('--policy <file>', 'policy file, repo-relative (read from the base ref when there is one)', DEFAULT_POLICY)
    .option('--base <ref>', 'trusted base ref: the policy, models, keys and reference samples come from it')
    .option('--head <ref>', 'ref to check against --base (default HEAD)')
    .option('--root <dir>', 'repository folder', '.')
    .addOption(new Option('--format <format>', 'report format on stdout (or --output)').choices(FORMATS).default('text'))
    .option('--output <file>', 'write the report there instead of stdout')
    .option('--json <file>', 'also write the JSON report')
    .option('--sarif <file>', 'also write a SARIF 2.1.0 report (code scanning)')
    .option('--evidence-dir <dir>', 'write evidence images (PNG strips) there (default: <report>.evidence/ beside --json or --output)')
    .option('--cache-dir <dir>', 'embedding cache folder, reused across scans')
    .addOption(new Option('--fail-on <severity>', "lowest severity that fails the scan (overrides the policy's fail_on)").choices(SEVERITIES))
    .option('--write-waivers <file>', 'also write waiver drafts for the findings, pinned by sha256 (see baseline)')
    .option('-q, --quiet', 'no progress or log lines on stderr (warnings and errors still)')
    .addHelpText(
      'after',
      '\nWith --base, the policy, models and keys are read from the base ref with git, never from the working\n' +
        'tree; the candidates are the samples changed between the merge base and --head. Without --base, every\n' +
        'sample under the dataset roots is checked (vendors before delivery, release gating).\n' +
        examples([
          'poisongate scan --base origin/main                        # a pull request, as CI runs it',
          'poisongate scan --base main --head feature --format json  # two branches, JSON on stdout',
          'poisongate scan --json report.json --sarif report.sarif   # full scan, reports to files',
          'poisongate scan --base main --fail-on warning --quiet',
        ]),
    )
    .action(async (o: ScanOptions) => run(await runScan(o, io)));

  program
    .command('init')
    .description('Inspect the repository and write a commented starter policy; print the workflow to add.')
    .option('--root <dir>', 'repository folder', '.')
    .option('--policy <file>', 'where to write the policy, repo-relative', DEFAULT_POLICY)
    .option('--force', 'replace an existing policy file')
    .option('--dry-run', 'print the policy instead of writing it')
    .addHelpText(
      'after',
      '\nFinds class folders of images or .txt files (optionally under train/val/test), manifests with path and\n' +
        'label columns, text tables with text and label columns, and provenance manifests keyed by sample path.\n' +
        examples(['poisongate init', 'poisongate init --root ../datasets --dry-run']),
    )
    .action(async (o: { root: string; policy: string; force?: boolean; dryRun?: boolean }) => run(await runInit(o, io)));

  program
    .command('validate-policy')
    .description('Check a policy: schema, presets, rule names, signing keys; with --ref, also the files it names at that ref.')
    .argument('[file]', 'policy file (a repo path with --ref)', DEFAULT_POLICY)
    .option('--ref <ref>', 'read the policy from this git ref and check its models and manifests exist there')
    .option('--root <dir>', 'repository folder (with --ref)', '.')
    .addHelpText('after', examples(['poisongate validate-policy', 'poisongate validate-policy .github/poisongate.yml --ref origin/main']))
    .action(async (file: string, o: { ref?: string; root: string }) => run(await validatePolicy(file, o, io)));

  program
    .command('baseline')
    .description('Turn the findings of a JSON report into waiver drafts pinned by sha256, for review.')
    .argument('<report>', 'JSON report written by scan --json')
    .option('--output <file>', 'write the drafts there instead of stdout')
    .option('--reason <text>', 'reason for every entry (default: a placeholder to replace)')
    .option('--expires <date>', 'last day (YYYY-MM-DD) every entry applies (default: a placeholder that does not validate)')
    .addOption(new Option('--min-severity <severity>', "lowest severity to draft waivers for (default: the report's fail_on)").choices(SEVERITIES))
    .addHelpText(
      'after',
      '\nFor a dataset that already holds findings the team accepts: waive exactly those contents, gate what comes next.\n' +
        examples(['poisongate scan --json report.json; poisongate baseline report.json --output waivers.yml', 'poisongate baseline report.json --reason "accepted at adoption, SEC-42" --expires 2026-12-31']),
    )
    .action(async (report: string, o: { output?: string; reason?: string; expires?: string; minSeverity?: 'error' | 'warning' | 'notice' }) => run(await runBaseline(report, o, io)));

  program
    .command('schema')
    .description("Print the policy's JSON Schema (draft-07), for editors and validators.")
    .option('--output <file>', 'write it there instead of stdout')
    .addHelpText('after', examples(['poisongate schema > .github/poisongate.schema.json']))
    .action(async (o: { output?: string }) => run(await printSchema(o, io)));

  program
    .command('completion')
    .description('Print a shell completion script.')
    .addArgument(new Argument('[shell]', 'bash, zsh or fish').choices(SHELLS).default('bash'))
    .addHelpText(
      'after',
      examples(['source <(poisongate completion bash)          # in ~/.bashrc', 'poisongate completion zsh > "${fpath[1]}/_poisongate"', 'poisongate completion fish > ~/.config/fish/completions/poisongate.fish']),
    )
    .action((shell: Shell) => {
      io.stdout(completionScript(program, shell));
      run(0);
    });

  return program;
}
