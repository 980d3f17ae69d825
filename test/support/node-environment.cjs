// Jest runs each test file in its own vm realm; onnxruntime-node checks `data instanceof Float32Array`
// against the host realm's constructors, so the test realm must share them.
const { TestEnvironment } = require('jest-environment-node');

const SHARED = [
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];

class SharedTypedArrayEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    // src/util/ort.ts turns onnxruntime's telemetry off through process.env, but a test file's
    // process.env is jest's copy, which the native library never sees: set it on the worker itself
    // (telemetry would also leave mat-debug-<pid>.log and .ses in the temp folder).
    process.env.ORT_DISABLE_TELEMETRY = '1';
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}
module.exports = SharedTypedArrayEnvironment;
