import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './forensics.js';
import { buildRepo, FIXTURES, type BuiltRepo, type RepoSpec } from './repo.js';
import { tempDir } from './tmp.js';

/** fixtures/fmnist-mini: 50 trusted Fashion-MNIST images per class, the benchmark backbone, three pull requests. */
export const MINI = join(FIXTURES, 'fmnist-mini');
export const BACKBONE = readFileSync(join(MINI, 'base', 'models', 'backbone.onnx'));
export const BACKBONE_JSON = JSON.parse(readFileSync(join(MINI, 'backbone.json'), 'utf8')) as {
  selftest: { image: string; features: number[] };
};
/** One embedding cache per test file: the trusted images are embedded by the first scan only. */
export const MINI_CACHE = tempDir('poisongate-mini-cache-');

export type MiniPr = 'poison-pr' | 'clean-pr' | 'backdoor-pr';
export const TRUTH = JSON.parse(readFileSync(join(MINI, 'truth.json'), 'utf8')) as Record<MiniPr, { poisons: string[]; clean: string[] }> & {
  backbone_sha256: string;
};

/** Repo paths of a fixture pull request's poisons and clean files. */
export function truthPaths(pr: MiniPr): { poisons: string[]; clean: string[] } {
  const t = TRUTH[pr];
  return { poisons: t.poisons.map((p) => `data/images/${p}`), clean: t.clean.map((p) => `data/images/${p}`) };
}

export interface PolicyOptions {
  /** YAML of the dataset's `model:` value (default: the backbone pinned by its real sha256). */
  model?: string;
  /** YAML lines under `detectors:`. */
  detectors?: string;
}

export function modelYaml(o: { path?: string; sha256?: string; input?: string; output?: string } = {}): string {
  return `
      path: ${o.path ?? 'models/backbone.onnx'}
      sha256: "${o.sha256 ?? TRUTH.backbone_sha256}"
      input: { name: ${o.input ?? 'input'}, layout: NCHW, channels: 1, size: [28, 28], scale: 0.00392156862745098 }
      output: ${o.output ?? 'features'}`;
}

/** The feature-space detectors alone (the fixtures test them, not the whole preset), with their defaults. */
export const FEATURE_DETECTORS = ['class-proximity', 'collusion', 'outliers', 'spectral'];

export function policy(o: PolicyOptions = {}): string {
  const overridden = new Set((o.detectors ?? '').split('\n').map((l) => l.trim().split(':')[0]));
  const detectors = [...FEATURE_DETECTORS.filter((d) => !overridden.has(d)).map((d) => `  ${d}: {}`), ...(o.detectors ? [o.detectors] : [])];
  return `version: 1
datasets:
  - name: images
    root: data/images
    layout: imagefolder
    modality: image
    formats: [png]
    model: ${o.model ?? modelYaml()}
detectors:
${detectors.join('\n')}
`;
}

/** The fixture as a git repository: base commit (trusted images, model, policy) and one pull request. */
export function miniRepo(pr: MiniPr | undefined, o: PolicyOptions & Omit<RepoSpec, 'base' | 'pr'> = {}): BuiltRepo {
  return buildRepo({
    base: join(MINI, 'base'),
    ...(pr ? { pr: join(MINI, pr) } : {}),
    baseFiles: { '.github/poisongate.yml': policy(o), ...(o.baseFiles ?? {}) },
    ...(o.prFiles ? { prFiles: o.prFiles } : {}),
    ...(o.prRemove ? { prRemove: o.prRemove } : {}),
  });
}

/** The fixture for the detector tester: the trusted images, the pinned model, and one pull request's files. */
export function miniFiles(pr: MiniPr): { reference: Record<string, Buffer>; files: Record<string, Buffer>; candidates: Record<string, Buffer> } {
  return {
    reference: filesUnder(join(MINI, 'base', 'data'), 'data'),
    files: { 'models/backbone.onnx': BACKBONE },
    candidates: filesUnder(join(MINI, pr, 'data'), 'data'),
  };
}
