#!/usr/bin/env node
// `npm run bench` section of the embedding stage: runs bench/embeddings.ts (decode, preprocess,
// inference per ORT thread count, the overlapped pipeline, a scan with a cold and a warm cache).
//   node bench/embeddings.mjs [--images DIR] [--model DESCRIPTOR.json] [--limit N]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from '../scripts/lib/run-ts.mjs';

await importTs(join(dirname(fileURLToPath(import.meta.url)), 'embeddings.ts'));
