// The workflow a user copies: the same text in README.md, docs/action.md and `poisongate init`,
// accepted by GitHub's own workflow parser, and every action pinned the same way in every doc.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { WORKFLOW_PATH, workflowText } from '../src/init/workflow.js';
import { ROOT } from './support/repo.js';

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const DOCS = ['README.md', 'SECURITY.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/**
 * What GitHub's workflow parser (@actions/workflow-parser, the one behind the Actions language
 * service) reports for a workflow file: its schema errors, then the errors of turning it into jobs.
 */
async function workflowErrors(text: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: 'workflow.yml', content: text }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return errors.length > 0 ? errors : ['not a workflow'];
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...new Set([...errors, ...(template.errors ?? []).map((e) => e.Message)])];
}

/** Every ```yaml block of a markdown file that is a whole workflow (has `on:` and `jobs:`). */
function workflowsIn(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /^on:/m.test(y) && /^jobs:/m.test(y));
}

describe('the documented workflow', () => {
  const text = workflowText();

  it('is the same in README.md, docs/action.md and what init prints', () => {
    expect(text.startsWith(`# ${WORKFLOW_PATH}\n`)).toBe(true);
    expect(workflowsIn(read('README.md'))).toContain(text);
    expect(workflowsIn(read('docs/action.md'))).toContain(text);
  });

  it("passes GitHub's workflow parser, as does every other workflow in the docs", async () => {
    const all = DOCS.flatMap((f) => workflowsIn(read(f)).map((y) => ({ f, y })));
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const { f, y } of all) expect({ f, errors: await workflowErrors(y) }).toEqual({ f, errors: [] });
    // The parser does reject a broken workflow (so the check above can fail).
    const broken = text.replace(/^(\s+)(fetch-depth: 0)/m, '$1fetch-depth: 0\n$1no-such-input-key: [');
    expect(broken).not.toBe(text);
    expect(await workflowErrors(broken)).not.toEqual([]);
    expect(await workflowErrors(text.replace(/^jobs:/m, 'jobz:'))).not.toEqual([]);
  });

  it('has what a complete setup needs: cache restore and save, SARIF upload with security-events, the evidence artifact, fork PRs', () => {
    const wf = parse(text);
    const steps = wf.jobs.gate.steps as Array<Record<string, unknown>>;
    const uses = steps.map((s) => String(s['uses'] ?? '').split('@')[0]);
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/cache/restore', 'poisongate/poisongate', 'actions/cache/save', 'actions/upload-artifact']));
    expect(steps.find((s) => String(s['uses']).startsWith('actions/checkout'))!['with']).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    const gate = steps.find((s) => String(s['uses']).startsWith('poisongate/poisongate'))!;
    expect(gate['with']).toMatchObject({ 'sarif-report': 'poisongate.sarif', 'cache-dir': 'poisongate-cache', 'artifact-url': expect.stringContaining('#artifacts') });
    const upload = steps.find((s) => String(s['uses']).startsWith('actions/upload-artifact'))!;
    expect(String((upload['with'] as Record<string, string>)['path'])).toContain('.evidence/');
    expect(steps.find((s) => String(s['uses']).startsWith('actions/cache/save'))!['if']).toBe('always()');
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.gate.permissions).toEqual({ contents: 'read', 'pull-requests': 'read', checks: 'write' });
    expect(wf.jobs.sarif.permissions).toEqual({ actions: 'read', 'security-events': 'write' });
    expect(wf.jobs.sarif.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect((wf.jobs.sarif.steps as Array<{ uses: string }>).map((s) => s.uses.split('@')[0])).toEqual(['actions/download-artifact', 'github/codeql-action/upload-sarif']);
  });

  it('pins every action the same way wherever the docs use it', () => {
    const pins = new Map<string, Set<string>>();
    for (const f of DOCS) {
      for (const m of read(f).matchAll(/uses: ([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([^\s`]+)(?: # (\S+))?/g)) {
        const [, repo, ref, version] = m;
        if (!pins.has(repo!)) pins.set(repo!, new Set());
        pins.get(repo!)!.add(`${ref} ${version ?? ''}`.trim());
      }
    }
    expect(pins.size).toBeGreaterThanOrEqual(6);
    for (const [repo, refs] of pins) {
      expect({ repo, refs: [...refs] }).toEqual({ repo, refs: [[...refs][0]] });
      const [ref, version] = [...refs][0]!.split(' ');
      // Third-party actions: a full commit sha with its release beside it; poisongate itself: a release tag.
      if (repo === 'poisongate/poisongate') expect(ref).toBe('v1');
      else expect({ repo, ref, version }).toEqual({ repo, ref: expect.stringMatching(/^[0-9a-f]{40}$/), version: expect.stringMatching(/^v\d+\.\d+\.\d+$/) });
    }
  });
});
