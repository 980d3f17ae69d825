import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/media/sniff.ts
function sniffImageFormat(b) {
  const at = (i, ...bytes) => bytes.every((x, j) => b[i + j] === x);
  if (at(0, 137, 80, 78, 71, 13, 10, 26, 10)) return "png";
  if (at(0, 255, 216, 255)) return "jpeg";
  if (at(0, 82, 73, 70, 70) && at(8, 87, 69, 66, 80)) return "webp";
  if (at(0, 71, 73, 70, 56)) return "gif";
  if (at(0, 73, 73, 42, 0) || at(0, 77, 77, 0, 42)) return "tiff";
  return void 0;
}
var EXTENSIONS = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  jpe: "jpeg",
  webp: "webp",
  gif: "gif",
  tif: "tiff",
  tiff: "tiff"
};
function formatForExtension(ext) {
  return EXTENSIONS[ext.toLowerCase()];
}
var IMAGE_EXTENSIONS = Object.keys(EXTENSIONS);
var TEXT_EXTENSIONS = ["txt"];

// src/util/hash.ts
import { createHash } from "node:crypto";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

export {
  sniffImageFormat,
  formatForExtension,
  IMAGE_EXTENSIONS,
  TEXT_EXTENSIONS,
  sha256Hex
};
