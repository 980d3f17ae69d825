/** The poisongate version (kept equal to package.json's by a test). */
export const TOOL_VERSION = '0.1.0';
