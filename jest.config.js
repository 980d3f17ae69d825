/** Jest runs the TypeScript sources as ESM through ts-jest (transpile only; `npm run build` type-checks). */
export default {
  testEnvironment: '<rootDir>/test/support/node-environment.cjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Every test file removes the temp folders it made (test/support/tmp.ts).
  setupFilesAfterEnv: ['<rootDir>/test/support/cleanup.ts'],
  // Jest's transform cache lives with the dependencies, not in the temp folder the tests must leave clean.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 60000,
};
