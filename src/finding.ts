import type { Attachment, Evidence, Finding, Severity } from './types.js';

/** Where a finding points: a file, a line and column in it, and the content hash when it is about a sample. */
export interface Location {
  path: string;
  line?: number | undefined;
  column?: number | undefined;
  sha256?: string | undefined;
}

/** What a finding says. */
export interface FindingBody {
  message: string;
  score?: number | undefined;
  threshold?: number | undefined;
  evidence?: Evidence | undefined;
  attachments?: Attachment[] | undefined;
}

/**
 * The one way a Finding is made, by the engine and for every detector: fields in a fixed order
 * (reports list them so), absent ones left out.
 */
export function makeFinding(rule: string, severity: Severity, at: Location, body: FindingBody, dataset?: string): Finding {
  return {
    rule,
    severity,
    path: at.path,
    ...(at.line ? { line: at.line } : {}),
    ...(at.column ? { column: at.column } : {}),
    ...(at.sha256 ? { sha256: at.sha256 } : {}),
    message: body.message,
    ...(body.score !== undefined ? { score: body.score } : {}),
    ...(body.threshold !== undefined ? { threshold: body.threshold } : {}),
    ...(body.evidence !== undefined ? { evidence: body.evidence } : {}),
    ...(body.attachments !== undefined ? { attachments: body.attachments } : {}),
    ...(dataset !== undefined ? { dataset } : {}),
  };
}
