import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  CATALOG,
  ENGINE_RULE_INFO
} from "./chunk-RJJ2UBZA.js";
import {
  escapeLogLine,
  escapeUntrusted,
  logSafeJson
} from "./chunk-YMWMV737.js";
import {
  sha256Hex
} from "./chunk-ZR6K7QFP.js";

// src/report/write.ts
import { constants, promises as fs } from "node:fs";
import { dirname } from "node:path";
async function writeReportFile(path, data) {
  await fs.mkdir(dirname(path), { recursive: true });
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  const handle = await fs.open(path, flags, 420);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

// src/report/attachments.ts
import { dirname as dirname2, join, relative, sep } from "node:path";
var SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
function evidenceDir(reportPath) {
  return `${reportPath}.evidence`;
}
async function writeAttachments(report, reportPath, dir = evidenceDir(reportPath)) {
  const linkDir = relative(dirname2(reportPath), dir).split(sep).join("/") || ".";
  const written = /* @__PURE__ */ new Map();
  let fallback = 0;
  const findings = report.findings.map((f) => {
    if (!f.attachments || f.attachments.length === 0) return f;
    const attachments = f.attachments.map((a) => {
      if (!a.data) return a;
      let name = SAFE_NAME.test(a.name) && !a.name.includes("..") ? a.name : `attachment-${++fallback}.png`;
      const prior = written.get(name);
      if (prior && !sameBytes(prior, a.data)) name = `${name.replace(/\.png$/, "")}-${++fallback}.png`;
      written.set(name, a.data);
      const { data: _data, ...rest } = a;
      return { ...rest, name, file: `${linkDir}/${name}` };
    });
    return { ...f, attachments };
  });
  for (const [name, data] of [...written].sort(([a], [b]) => a < b ? -1 : 1)) await writeReportFile(join(dir, name), data);
  return { ...report, findings };
}
function stripAttachmentData(report) {
  return {
    ...report,
    findings: report.findings.map(
      (f) => f.attachments ? { ...f, attachments: f.attachments.map(({ data: _data, ...rest }) => rest) } : f
    )
  };
}
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/report/json.ts
function formatJson(report) {
  return `${JSON.stringify(stripAttachmentData(report), null, 2)}
`;
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var SECURITY_SEVERITY = { error: "7.5", warning: "5.0", notice: "2.0" };
function rules(catalog) {
  const detectorRules = catalog.map((d) => ({
    id: d.id,
    description: d.description,
    help: d.help,
    severity: d.defaultSeverity,
    tags: ["data-poisoning", ...d.modality === "any" ? [] : [d.modality]]
  }));
  const engine = ENGINE_RULE_INFO.map((r) => ({ ...r, severity: "error", tags: ["data-poisoning", "gate"] }));
  return [...detectorRules, ...engine].map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: r.help },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { "security-severity": SECURITY_SEVERITY[r.severity], tags: ["security", ...r.tags] }
  }));
}
function fingerprint(f) {
  return sha256Hex(`${f.rule}\0${f.path}\0${f.line ?? 0}\0${f.sha256 ?? f.message}`);
}
function formatSarif(report, catalog = CATALOG) {
  const descriptors = rules(catalog);
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ...index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {},
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.path.split("/").map(encodeURIComponent).join("/") },
          region: { startLine: f.line ?? 1, ...f.column ? { startColumn: f.column } : {} }
        }
      }
    ],
    partialFingerprints: { "poisongate/v1": fingerprint(f) },
    ...f.waived ? { suppressions: [{ kind: "external", status: "accepted", justification: `${f.waived.reason} (until ${f.waived.expires})` }] } : {},
    properties: {
      ...f.dataset ? { dataset: f.dataset } : {},
      ...f.sha256 ? { sha256: f.sha256 } : {},
      ...f.score !== void 0 ? { score: f.score } : {},
      ...f.threshold !== void 0 ? { threshold: f.threshold } : {}
    }
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "poisongate",
            version: report.tool.version,
            informationUri: "https://github.com/poisongate/poisongate",
            rules: descriptors
          }
        },
        automationDetails: { id: `poisongate/${report.policy.path}/` },
        results,
        properties: { verdict: report.verdict, enforcement: report.enforcement }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/text.ts
var MAX_LISTED = 200;
function formatText(report) {
  const lines = [];
  const { scope } = report;
  lines.push(
    scope.mode === "pull-request" ? `poisongate ${report.tool.version}: pull request ${scope.base?.slice(0, 7)}...${scope.head?.slice(0, 7)}, ${scope.changed_files} changed file(s)` : `poisongate ${report.tool.version}: full scan of the working tree`
  );
  lines.push(`policy ${report.policy.path} (${report.policy.source.slice(0, 12)}), enforcement ${report.enforcement}, fail_on ${report.policy.fail_on}`);
  for (const d of report.datasets) {
    lines.push(`  dataset ${d.name} (${d.layout}, ${d.modality}): ${d.candidates} candidate(s), ${d.unchecked} unchecked, ${d.reference} reference, ${d.removed} removed; detectors: ${d.detectors.join(", ")}`);
  }
  lines.push("");
  const shown = report.findings.slice(0, MAX_LISTED);
  for (const f of shown) {
    const where = `${escapeUntrusted(f.path)}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`;
    const waived = f.waived ? ` [waived: ${escapeUntrusted(f.waived.reason)}, until ${f.waived.expires}]` : "";
    lines.push(`${f.severity.padEnd(7)} ${f.rule.padEnd(16)} ${where}`);
    lines.push(`        ${escapeLogLine(f.message, 2e3)}${waived}`);
    for (const a of f.attachments ?? []) if (a.file) lines.push(`        evidence: ${escapeUntrusted(a.file)}`);
  }
  if (report.findings.length > shown.length) lines.push(`\u2026 and ${report.findings.length - shown.length} more finding(s) in the JSON report`);
  const c = report.summary.findings;
  lines.push("");
  lines.push(`${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s), ${c.waived} waived; ${report.summary.candidates} candidate(s), ${report.summary.unchecked} unchecked`);
  if (report.summary.unchecked > 0) {
    lines.push(`unchecked: ${report.summary.unchecked} candidate(s) were not checked by the detectors: they could not be read or decoded, broke a limit, or are not samples. Each has an integrity or limit-exceeded finding saying why`);
  }
  const unwritten = report.findings.filter((f) => f.attachments?.some((a) => !a.file)).length;
  if (unwritten > 0) {
    lines.push(`evidence images for ${unwritten} finding(s) were not written: add --evidence-dir DIR (or --json FILE, which writes them to FILE.evidence/)`);
  }
  if (report.failed_rules.length > 0) {
    lines.push(`failing rules: ${report.failed_rules.map((r) => `${r.rule} (${r.count})`).join(", ")}`);
  }
  const verdict = report.verdict.toUpperCase();
  lines.push(report.enforcement === "warn" && report.would_fail ? `verdict: ${verdict} (enforcement: warn; would fail under enforce)` : `verdict: ${verdict}`);
  return `${lines.join("\n")}
`;
}

// src/report/format.ts
var FORMATS = ["text", "json", "sarif"];
function formatReport(report, format) {
  switch (format) {
    case "json":
      return logSafeJson(formatJson(report));
    case "sarif":
      return logSafeJson(formatSarif(report));
    default:
      return formatText(report);
  }
}

// src/report/progress.ts
var STEPPED = 100;
var seconds = (ms) => ms < 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms / 1e3)} s`;
function duration(ms) {
  const s = Math.round(ms / 1e3);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}
function counts(r, now) {
  if (r.total === void 0) return `running for ${duration(now - r.started)}`;
  const pct = r.total === 0 ? 100 : Math.floor(r.done * 100 / r.total);
  const elapsed = now - r.started;
  if (r.done === 0 || elapsed <= 0) return `${r.done}/${r.total} (${pct}%)`;
  const rate = r.done * 1e3 / elapsed;
  const leftMs = (r.total - r.done) / rate * 1e3;
  const left = r.done < r.total && leftMs >= 1e3 ? `, about ${duration(leftMs)} left` : "";
  return `${r.done}/${r.total} (${pct}%), ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s${left}`;
}
function progressReporter(out) {
  const now = out.now ?? Date.now;
  const interval = (out.interval ?? 10) * 1e3;
  const stack = [];
  let lastDraw = 0;
  let drawn = false;
  const label = () => stack.map((r) => escapeUntrusted(r.name, 120)).join(" \u203A ");
  const draw = (force) => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const top = stack[stack.length - 1];
    if (!top) return;
    const width = out.columns ?? 80;
    let bar = "";
    if (top.total !== void 0 && top.total > 0) {
      const cells = 20;
      const full = Math.min(cells, Math.floor(top.done / top.total * cells));
      bar = `[${"#".repeat(full)}${"-".repeat(cells - full)}] `;
    }
    const line = `${bar}${label()}: ${counts(top, t)}`;
    out.write(`\r\x1B[K${line.length > width - 1 ? `${line.slice(0, width - 2)}\u2026` : line}`);
    drawn = true;
  };
  const plain = (text) => out.write(`${text}
`);
  return {
    log(text) {
      if (out.isTTY && drawn) out.write("\r\x1B[K");
      out.write(text);
      if (out.isTTY && drawn) draw(true);
    },
    start(name, total) {
      const t = now();
      stack.push({ name, total, done: 0, started: t, tenth: 0, printed: t });
      if (out.isTTY) return draw(true);
      if (out.actions && stack.length === 1) out.write(`::group::${escapeUntrusted(name, 200).replace(/^:/, "<U+003A>")}
`);
      plain(`${label()}${total !== void 0 ? `: ${total} to do` : ""}`);
    },
    tick(done) {
      const top = stack[stack.length - 1];
      if (!top) return;
      top.done = done;
      if (out.isTTY) return draw(false);
      const t = now();
      const tenth = top.total && top.total >= STEPPED ? Math.floor(done * 10 / top.total) : 0;
      if (tenth > top.tenth && done < (top.total ?? 0) || t - top.printed >= interval) {
        top.tenth = Math.max(top.tenth, tenth);
        top.printed = t;
        plain(`${label()}: ${counts(top, t)}`);
      }
    },
    end() {
      const top = stack[stack.length - 1];
      if (!top) return;
      const t = now();
      const summary = `${label()}: done${top.total !== void 0 ? ` (${top.done}/${top.total})` : ""} in ${seconds(t - top.started)}`;
      stack.pop();
      if (out.isTTY) {
        out.write(t - top.started >= 1e3 ? `\r\x1B[K${summary}
` : "\r\x1B[K");
        drawn = false;
        if (stack.length > 0) draw(true);
        return;
      }
      plain(summary);
      if (out.actions && stack.length === 0) out.write("::endgroup::\n");
    }
  };
}

export {
  writeReportFile,
  evidenceDir,
  writeAttachments,
  FORMATS,
  formatReport,
  progressReporter
};
