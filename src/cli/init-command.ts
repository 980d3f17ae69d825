import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspectRepository } from '../init/inspect.js';
import { starterPolicy } from '../init/starter.js';
import { WORKFLOW_PATH, workflowText } from '../init/workflow.js';
import { loadPolicy } from '../policy/load.js';
import { ConfigError } from '../util/errors.js';
import { safeRepoPath } from '../util/paths.js';
import { EXIT, logText, writeFile, type Io } from './io.js';

export interface InitOptions {
  root: string;
  policy: string;
  force?: boolean;
  dryRun?: boolean;
}

export async function runInit(o: InitOptions, io: Io): Promise<number> {
  const root = resolve(io.cwd, o.root);
  const policyPath = safeRepoPath(o.policy);
  if (!policyPath) throw new ConfigError(`--policy '${o.policy}' must be a path inside the repository`);
  const target = resolve(root, policyPath);
  if (!o.dryRun && !o.force && existsSync(target)) {
    throw new ConfigError(`${policyPath} already exists in ${root}; pass --force to replace it, or --dry-run to print a fresh one`);
  }
  const found = await inspectRepository(root);
  if (found.datasets.length === 0) {
    throw new ConfigError(
      `no dataset found under ${root}: init looks for class folders (<root>/<class>/<file>) of images or .txt files, ` +
        'manifests with path and label columns, and tables with text and label columns. Write the policy by hand ' +
        '(README: The policy) and check it with `poisongate validate-policy`.',
    );
  }
  const text = starterPolicy(found);
  // What init writes must load as it is: a starter that fails validation would be a bug here.
  loadPolicy({ text, path: policyPath, source: 'init' });
  if (o.dryRun) {
    io.stdout(text);
    return EXIT.pass;
  }
  await writeFile(target, text);
  const summary = found.datasets.map((d) => `  ${d.name}: ${d.root} (${d.layout}, ${d.modality}), ${d.classes.length} class(es), ${d.samples} sample(s)${d.provenance ? `, provenance ${d.provenance.manifest}` : ''}`);
  io.stderr(logText(`wrote ${policyPath} with ${found.datasets.length} dataset(s):\n${summary.join('\n')}`));
  io.stdout(
    `Review ${policyPath}, then check it:\n` +
      `  poisongate validate-policy ${policyPath}\n` +
      '  poisongate scan                      # the whole dataset as it is now\n' +
      `Commit it to the default branch, and add this workflow as ${WORKFLOW_PATH}:\n\n${workflowText(policyPath)}`,
  );
  return EXIT.pass;
}
