import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { resolveCommit } from '../context/git.js';
import { GitTree, ReadError } from '../context/tree.js';
import { loadPolicy, POLICY_MAX_BYTES, policyText } from '../policy/load.js';
import { checkPolicyReferences } from '../policy/references.js';
import { policySchema } from '../policy/schema.js';
import type { LoadedPolicy } from '../policy/types.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { EXIT, writeFile, type Io } from './io.js';

export interface ValidateOptions {
  ref?: string;
  root: string;
}

/** The policy at a git ref, with the files it names checked in that ref's tree. */
async function loadAtRef(file: string, ref: string, root: string): Promise<LoadedPolicy> {
  const tree = new GitTree(root, await resolveCommit(root, ref), ref);
  try {
    let bytes: Buffer;
    try {
      bytes = await tree.read(file.replace(/^\.\//, ''), POLICY_MAX_BYTES);
    } catch (err) {
      if (err instanceof ReadError && err.code === 'missing') throw new ConfigError(`${file} in ${tree.label}: not found. Write a starter policy with \`poisongate init\``);
      throw new ConfigError(`${file} in ${tree.label}: cannot be read (${errorMessage(err)})`);
    }
    const loaded = loadPolicy({ text: policyText(bytes, file), path: file, source: tree.commit });
    await checkPolicyReferences(loaded, tree);
    return loaded;
  } finally {
    tree.close();
  }
}

async function loadFile(file: string, cwd: string): Promise<LoadedPolicy> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(resolve(cwd, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot be read (${code ?? errorMessage(err)})${code === 'ENOENT' ? '. Write a starter policy with `poisongate init`' : ''}`);
  }
  return loadPolicy({ text: policyText(bytes, file), path: file, source: 'file' });
}

export async function validatePolicy(file: string, o: ValidateOptions, io: Io): Promise<number> {
  const loaded = o.ref ? await loadAtRef(file, o.ref, resolve(io.cwd, o.root)) : await loadFile(file, io.cwd);
  const where = o.ref ? ` at ${o.ref}, with the models and manifests it names` : '';
  io.stdout(`${file}: valid${where} (${loaded.policy.datasets.length} dataset(s), enforcement ${loaded.policy.enforcement})\n`);
  return EXIT.pass;
}

export async function printSchema(o: { output?: string }, io: Io): Promise<number> {
  const text = `${JSON.stringify(policySchema(), null, 2)}\n`;
  if (o.output) await writeFile(resolve(io.cwd, o.output), text);
  else io.stdout(text);
  return EXIT.pass;
}
