import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/media/types.ts
function isUsable(s) {
  return s.problems.length === 0;
}

export {
  isUsable
};
