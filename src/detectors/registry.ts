import type { AnyDetector } from './detector.js';
import { classProximity } from './class-proximity.js';
import { collusion } from './collusion.js';
import { frequency } from './frequency.js';
import { integrity } from './integrity.js';
import { outliers } from './outliers.js';
import { provenance } from './provenance.js';
import { perturbedCopy } from './perturbed-copy.js';
import { sharedTrigger } from './shared-trigger.js';
import { spectral } from './spectral.js';
import { triggerTokens } from './trigger-tokens.js';
import { unicode } from './unicode.js';

/** Every detector poisongate knows, in the order they run. Adding one is one import and one entry. */
export const DETECTORS: readonly AnyDetector[] = [integrity, provenance, unicode, triggerTokens, perturbedCopy, sharedTrigger, frequency, classProximity, collusion, outliers, spectral];

export function detectorById(id: string): AnyDetector | undefined {
  return DETECTORS.find((d) => d.id === id);
}
