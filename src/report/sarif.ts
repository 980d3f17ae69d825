import { CATALOG } from '../detectors/catalog.js';
import type { DetectorMeta } from '../detectors/detector.js';
import { ENGINE_RULE_INFO } from '../engine-rules.js';
import type { Finding, Severity } from '../types.js';
import { sha256Hex } from '../util/hash.js';
import type { Report } from './model.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: string };
  properties: { 'security-severity': string; tags: string[] };
}

/**
 * GitHub code scanning ranks security alerts by `security-severity` (a CVSS-like score: 7.0–8.9
 * high, 4.0–6.9 medium, 0.1–3.9 low) and shows `tags`; the `security` tag makes them security
 * alerts. The score follows the rule's default severity: a gating finding is high.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.0', notice: '2.0' };

function rules(catalog: readonly DetectorMeta[]): RuleDescriptor[] {
  const detectorRules = catalog.map((d) => ({
    id: d.id,
    description: d.description,
    help: d.help,
    severity: d.defaultSeverity,
    tags: ['data-poisoning', ...(d.modality === 'any' ? [] : [d.modality])],
  }));
  const engine = ENGINE_RULE_INFO.map((r) => ({ ...r, severity: 'error' as const, tags: ['data-poisoning', 'gate'] }));
  return [...detectorRules, ...engine].map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: r.help },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', ...r.tags] },
  }));
}

/**
 * Stable across runs and line shifts: rule + path + line + content hash. Binary samples have no
 * source lines for code scanning to hash, so the content sha256 identifies the alert.
 */
function fingerprint(f: Finding): string {
  return sha256Hex(`${f.rule}\0${f.path}\0${f.line ?? 0}\0${f.sha256 ?? f.message}`);
}

/** SARIF 2.1.0 for GitHub code scanning: one run, every known rule, one result per finding. */
export function formatSarif(report: Report, catalog: readonly DetectorMeta[] = CATALOG): string {
  const descriptors = rules(catalog);
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.path.split('/').map(encodeURIComponent).join('/') },
          region: { startLine: f.line ?? 1, ...(f.column ? { startColumn: f.column } : {}) },
        },
      },
    ],
    partialFingerprints: { 'poisongate/v1': fingerprint(f) },
    ...(f.waived
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${f.waived.reason} (until ${f.waived.expires})` }] }
      : {}),
    properties: {
      ...(f.dataset ? { dataset: f.dataset } : {}),
      ...(f.sha256 ? { sha256: f.sha256 } : {}),
      ...(f.score !== undefined ? { score: f.score } : {}),
      ...(f.threshold !== undefined ? { threshold: f.threshold } : {}),
    },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'poisongate',
            version: report.tool.version,
            informationUri: 'https://github.com/poisongate/poisongate',
            rules: descriptors,
          },
        },
        automationDetails: { id: `poisongate/${report.policy.path}/` },
        results,
        properties: { verdict: report.verdict, enforcement: report.enforcement },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
