/**
 * The workflow a repository adds to run the gate: printed by `poisongate init`, shown in the README
 * and docs/action.md (a test keeps all three the same and validates it against the GitHub
 * workflow schema). Third-party actions are pinned to release commits, with the version beside.
 */
export const WORKFLOW_PATH = '.github/workflows/poisongate.yml';

export function workflowText(policyPath = '.github/poisongate.yml'): string {
  return `# ${WORKFLOW_PATH}
name: poisongate
on:
  pull_request:           # read-only token and no secrets on fork PRs: the safe trigger
  merge_group:            # when the repository uses a merge queue
permissions: {}
concurrency:
  group: poisongate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  gate:
    runs-on: ubuntu-latest
    timeout-minutes: 45   # above the policy's limits.max_scan_seconds (default 30 min)
    permissions:
      contents: read
      pull-requests: read # the files API, used only on shallow checkouts
      checks: write       # the check run (read-only on fork PRs: the job still gates)
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          fetch-depth: 0  # base, head and their merge base: the changes come from git
          persist-credentials: false

      # Embeddings of the trusted samples, reused across runs: the newest for this base, else any.
      - id: cache
        uses: actions/cache/restore@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5
        with:
          path: \${{ runner.temp }}/poisongate-cache
          key: poisongate-\${{ runner.os }}-\${{ github.event.pull_request.base.sha || github.sha }}-\${{ github.run_id }}-\${{ github.run_attempt }}
          restore-keys: |
            poisongate-\${{ runner.os }}-\${{ github.event.pull_request.base.sha || github.sha }}-
            poisongate-\${{ runner.os }}-

      - id: gate
        uses: poisongate/poisongate@v1
        with:
          policy: ${policyPath}
          sarif-report: poisongate.sarif
          cache-dir: poisongate-cache   # relative to RUNNER_TEMP: the folder restored above
          artifact-url: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}#artifacts

      # Saved by every run, also when the gate fails: what this run embedded is there for the next.
      - if: always()
        uses: actions/cache/save@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5
        with:
          path: \${{ runner.temp }}/poisongate-cache
          key: \${{ steps.cache.outputs.cache-primary-key }}

      # The JSON and SARIF reports and the evidence images (the summary links to them), with the PR
      # number for the fork SARIF upload in docs/action.md.
      - if: always() && steps.gate.outputs.report-path != ''
        run: echo "\${{ github.event.pull_request.number }}" > "$RUNNER_TEMP/pr-number"
      - if: always() && steps.gate.outputs.report-path != ''
        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0
        with:
          name: poisongate-report
          path: |
            \${{ steps.gate.outputs.report-path }}
            \${{ steps.gate.outputs.report-path }}.evidence/
            \${{ steps.gate.outputs.sarif-path }}
            \${{ runner.temp }}/pr-number

  # Code-scanning alerts, in a job of its own so only it can write security events. The token of a
  # fork PR is read-only, so fork PRs skip it (docs/action.md shows how to upload theirs).
  sarif:
    needs: gate
    if: always() && needs.gate.result != 'skipped' && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)
    runs-on: ubuntu-latest
    permissions:
      actions: read
      security-events: write
    steps:
      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1
        with:
          name: poisongate-report
      - uses: github/codeql-action/upload-sarif@8aad20d150bbac5944a9f9d289da16a4b0d87c1e # v4.36.2
        with:
          sarif_file: poisongate.sarif
          category: poisongate
`;
}
