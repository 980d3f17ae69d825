import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';
import { escapeUntrusted } from '../util/text-escape.js';

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
export const STEP_ANNOTATION_LIMIT = 10;

export interface StepAnnotation {
  level: Severity;
  title: string;
  message: string;
  /** Absent for the summary line about omitted findings. */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** Characters the toolkit would print raw in an annotation property (it escapes CR and LF itself). */
const RAW_IN_PROPERTY = /(?![\r\n])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Cn}]/u;

/** A waived finding no longer gates: it is shown at notice level, after everything that does. */
export function effectiveLevel(f: Finding): Severity {
  return f.waived ? 'notice' : f.severity;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most important first: level, then rule, then path and line. Deterministic for equal inputs. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[effectiveLevel(b)] - SEVERITY_RANK[effectiveLevel(a)] ||
      cmp(a.rule, b.rule) ||
      cmp(a.path, b.path) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.message, b.message),
  );
}

/** Title and message as shown in an annotation; PR-controlled text is escaped. */
export function annotationText(f: Finding): { title: string; message: string } {
  const waived = f.waived ? ` Waived: ${escapeUntrusted(f.waived.reason)} (until ${f.waived.expires}).` : '';
  return {
    title: `poisongate ${f.rule}${f.waived ? ' (waived)' : ''}`,
    message: `${escapeUntrusted(f.message, 2000)}${waived}`,
  };
}

export function toStepAnnotation(f: Finding): StepAnnotation {
  const text = annotationText(f);
  // The toolkit writes the file property raw but for %, CR, LF, ':' and ','. A path with other
  // control, bidi or invisible characters would reach the log as it is: it is named, escaped, in
  // the message instead, and the annotation is not attached to the file.
  if (RAW_IN_PROPERTY.test(f.path)) return { level: effectiveLevel(f), title: text.title, message: `${escapeUntrusted(f.path, 1000)}: ${text.message}` };
  return {
    level: effectiveLevel(f),
    ...text,
    file: f.path,
    startLine: f.line ?? 1,
    ...(f.column ? { startColumn: f.column } : {}),
  };
}

export interface AnnotationPlan {
  annotations: StepAnnotation[];
  /** Findings not annotated, by level. */
  omitted: Record<Severity, number>;
}

/**
 * The annotations one step can show: the top 10 errors, 10 warnings and 10 notices. When anything
 * is left out, one notice slot is kept for a line that says how many and where they are.
 */
export function planAnnotations(findings: readonly Finding[], whereToLook: string): AnnotationPlan {
  const ranked = rankFindings(findings);
  const byLevel: Record<Severity, Finding[]> = { error: [], warning: [], notice: [] };
  for (const f of ranked) byLevel[effectiveLevel(f)].push(f);
  const overflow = (Object.values(byLevel) as Finding[][]).some((list) => list.length > STEP_ANNOTATION_LIMIT);
  const room: Record<Severity, number> = {
    error: STEP_ANNOTATION_LIMIT,
    warning: STEP_ANNOTATION_LIMIT,
    notice: overflow ? STEP_ANNOTATION_LIMIT - 1 : STEP_ANNOTATION_LIMIT,
  };
  const shown = (['error', 'warning', 'notice'] as const).flatMap((l) => byLevel[l].slice(0, room[l]));
  const omitted: Record<Severity, number> = {
    error: Math.max(0, byLevel.error.length - room.error),
    warning: Math.max(0, byLevel.warning.length - room.warning),
    notice: Math.max(0, byLevel.notice.length - room.notice),
  };
  const annotations = shown.map(toStepAnnotation);
  const total = omitted.error + omitted.warning + omitted.notice;
  if (total > 0) {
    const parts = (['error', 'warning', 'notice'] as const).filter((l) => omitted[l] > 0).map((l) => `${omitted[l]} ${l}(s)`);
    annotations.push({
      level: 'notice',
      title: 'poisongate: more findings',
      message: `${total} more finding(s) are not annotated in this step (${parts.join(', ')}; GitHub shows ${STEP_ANNOTATION_LIMIT} per level). All ${findings.length} are in ${whereToLook}.`,
    });
  }
  return { annotations, omitted };
}
