import { embedDataset, type EmbedEnvironment, type EmbedInput } from '../embed/service.js';
import { fitSoftmaxHead } from '../features/head.js';
import { FeatureSpace } from '../features/space.js';
import { decodeReferenceImages } from '../forensics/reference.js';
import { loadReferenceTexts } from '../media/reference.js';
import type { DatasetScope } from './detector.js';

/** A value computed on the first call and shared by every later one (the same promise). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

/**
 * The scope of one dataset in one scan: each view is computed when a detector first asks for it
 * and shared with every detector after it, so a dataset is embedded and decoded once.
 */
export function datasetScope(input: EmbedInput, env: EmbedEnvironment): DatasetScope {
  const embeddings = once(() => embedDataset(input, env));
  const featureSpace = once(async () => new FeatureSpace(await embeddings()));
  return {
    embeddings,
    featureSpace,
    referenceImages: once(() => decodeReferenceImages(input.reference)),
    referenceTexts: once(() => loadReferenceTexts(input.reference)),
    head: once(async () => {
      const space = await featureSpace();
      return fitSoftmaxHead(space.ref, space.refLabel, space.classes);
    }),
  };
}
