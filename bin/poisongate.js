#!/usr/bin/env node
// The CLI: the same engine as the Action, bundled in dist/.
try {
  await import('../dist/cli.js');
} catch (err) {
  // The native addons (sharp, onnxruntime-node) are installed beside the package, never bundled.
  const missing = err && err.code === 'ERR_MODULE_NOT_FOUND' && /'(sharp|onnxruntime-node)'/.exec(String(err.message));
  if (!missing) throw err;
  process.stderr.write(
    `poisongate: ${missing[1]} is not installed beside poisongate (${new URL('..', import.meta.url).pathname}). ` +
      'Install poisongate with npm (ONNXRUNTIME_NODE_INSTALL=skip npm install poisongate), or run npm ci in a clone.\n',
  );
  process.exitCode = 2;
}
