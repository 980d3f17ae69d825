/** Rules the scan engine reports itself (not detectors): ids, one-line descriptions and help. */
export interface RuleInfo {
  id: string;
  description: string;
  help: string;
}

export const ENGINE_RULE_INFO: readonly RuleInfo[] = [
  {
    id: 'policy-changed',
    description: 'The pull request changes the poisoning-defense policy.',
    help: 'The gate always judges a pull request by the policy on the base branch. A change to the policy takes effect only after it is reviewed and merged; it needs a code-owner review.',
  },
  {
    id: 'model-changed',
    description: 'The pull request changes a model the policy pins.',
    help: 'Embedding models are read from the base branch and pinned by sha256. A PR that replaces one could blind the feature-space detectors, so it needs review; it takes effect after merge with an updated pin.',
  },
  {
    id: 'detector-error',
    description: 'A detector failed while checking a dataset.',
    help: 'The gate fails closed: when a detector cannot finish, its dataset counts as unchecked. The message names the cause.',
  },
  {
    id: 'removed-sample',
    description: 'The pull request removes trusted samples.',
    help: 'Removing reference samples can move a class boundary as effectively as adding poisons. Review removals like additions.',
  },
  {
    id: 'limit-exceeded',
    description: 'The scan hit one of its limits and could not check everything.',
    help: 'A limit (candidates per scan, reference size, time) stopped the scan from checking every candidate; the gate fails rather than pass what it did not see. Split the pull request or raise the limit in the policy.',
  },
  {
    id: 'no-content-detectors',
    description: 'No content detector ran on a dataset that the pull request changes.',
    help: 'The policy enables no detector for this dataset\'s modality, so its changed samples were checked for integrity (readable, decodable, well-formed) and nothing else: no hidden characters, look-alikes, triggers or feature-space checks. Extend a preset (extends: [recommended]) or enable detectors; a notice, it does not fail the gate.',
  },
  {
    id: 'waiver-expired',
    description: 'A waiver in the policy has expired.',
    help: 'Waivers are time-limited. An expired waiver covers nothing; review the sample again, then renew the waiver with a new date or remove it.',
  },
];

export const ENGINE_RULES = ENGINE_RULE_INFO.map((r) => r.id);
