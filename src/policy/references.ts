import type { Tree } from '../context/tree.js';
import { PolicyError } from './load.js';
import { isTextModelPolicy, type LoadedPolicy } from './types.js';
import type { Diagnostic } from './yaml-source.js';

/** The files a policy names (models, tokenizers, manifests), with where in the policy each is named. */
function referencedFiles(loaded: LoadedPolicy): Array<{ path: string; at: Array<string | number>; what: string }> {
  const out: Array<{ path: string; at: Array<string | number>; what: string }> = [];
  loaded.policy.datasets.forEach((d, i) => {
    const m = d.model;
    if (typeof m === 'object') {
      out.push({ path: m.path, at: ['datasets', i, 'model', 'path'], what: 'model' });
      if (isTextModelPolicy(m)) out.push({ path: m.tokenizer.path, at: ['datasets', i, 'model', 'tokenizer', 'path'], what: 'tokenizer' });
    }
    if (d.manifest) out.push({ path: d.manifest, at: ['datasets', i, 'manifest'], what: 'manifest' });
    if (d.provenance) out.push({ path: d.provenance.manifest, at: ['datasets', i, 'provenance', 'manifest'], what: 'provenance manifest' });
  });
  return out;
}

/**
 * Every model, tokenizer and manifest the policy names must exist in the trusted tree (the base
 * ref, or the working tree of a full scan). A missing one is a mistake in the configuration, not in
 * the pull request: one error at the policy line that names it (exit 2), not a finding per sample.
 * A path that exists but is no regular file (a symlink, a folder) is left to the stages that read
 * it: they refuse it as a finding naming the path, and never follow it.
 */
export async function checkPolicyReferences(loaded: LoadedPolicy, tree: Tree): Promise<void> {
  const problems: Diagnostic[] = [];
  for (const ref of referencedFiles(loaded)) {
    if ((await tree.stat(ref.path)) !== undefined || (await tree.list(ref.path).catch(() => [])).length > 0) continue;
    problems.push({
      ...(loaded.positionOf?.(ref.at) ?? { line: 1, column: 1 }),
      message: `${ref.at.join('.')}: the ${ref.what} ${ref.path} does not exist in ${tree.label}; commit it to the default branch first, or fix the path`,
    });
  }
  if (problems.length > 0) throw new PolicyError(loaded.path, problems);
}
