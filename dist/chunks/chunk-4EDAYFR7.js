import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  CATALOG,
  ENGINE_RULE_INFO
} from "./chunk-RUZDNP7T.js";
import {
  escapeLogLine,
  escapeUntrusted,
  logSafeJson
} from "./chunk-YMWMV737.js";
import {
  sha256Hex
} from "./chunk-3MUNMAOR.js";

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
import { basename, join } from "node:path";
var SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
function evidenceDir(reportPath) {
  return `${reportPath}.evidence`;
}
async function writeAttachments(report, reportPath) {
  const dir = evidenceDir(reportPath);
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
      return { ...rest, name, file: `${basename(dir)}/${name}` };
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
function rules(catalog) {
  const detectorRules = catalog.map((d) => ({ id: d.id, description: d.description, help: d.help, level: LEVEL[d.defaultSeverity] }));
  const engine = ENGINE_RULE_INFO.map((r) => ({ ...r, level: "error" }));
  return [...detectorRules, ...engine].map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: r.help },
    defaultConfiguration: { level: r.level }
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
  }
  if (report.findings.length > shown.length) lines.push(`\u2026 and ${report.findings.length - shown.length} more finding(s) in the JSON report`);
  const c = report.summary.findings;
  lines.push("");
  lines.push(`${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s), ${c.waived} waived; ${report.summary.candidates} candidate(s), ${report.summary.unchecked} unchecked`);
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

export {
  writeReportFile,
  writeAttachments,
  FORMATS,
  formatReport
};
