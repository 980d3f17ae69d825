#!/usr/bin/env node
// The CLI: the same engine as the Action, bundled in dist/.
await import('../dist/cli.js');
