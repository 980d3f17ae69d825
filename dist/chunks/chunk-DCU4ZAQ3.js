import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-ZR6K7QFP.js";

// src/forensics/evidence.ts
import sharp from "sharp";
var MIN_PANEL_HEIGHT = 112;
var GAP = 4;
function amplifiedResidual(residual) {
  let max = 0;
  for (const v of residual.data) max = Math.max(max, Math.abs(v));
  const k = max > 0 ? 127 / max : 0;
  return { width: residual.width, height: residual.height, data: residual.data.map((v) => 128 + v * k) };
}
function upscale(g, factor) {
  const w = g.width * factor;
  const h = g.height * factor;
  const data = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.floor(y / factor);
    for (let x = 0; x < w; x++) data[y * w + x] = g.data[sy * g.width + Math.floor(x / factor)];
  }
  return { width: w, height: h, data };
}
async function stripPng(panels) {
  const maxH = Math.max(...panels.map((p) => p.height));
  const factor = Math.max(1, Math.ceil(MIN_PANEL_HEIGHT / maxH));
  const scaled = panels.map((p) => upscale(p, factor));
  const height = Math.max(...scaled.map((p) => p.height));
  const width = scaled.reduce((n, p) => n + p.width, 0) + GAP * (scaled.length - 1);
  const canvas = new Uint8Array(width * height).fill(255);
  let x0 = 0;
  for (const p of scaled) {
    for (let y = 0; y < p.height; y++) {
      for (let x = 0; x < p.width; x++) canvas[y * width + x0 + x] = Math.max(0, Math.min(255, Math.round(p.data[y * p.width + x])));
    }
    x0 += p.width + GAP;
  }
  const png = await sharp(Buffer.from(canvas), { raw: { width, height, channels: 1 } }).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}

// src/forensics/names.ts
function attachmentName(rule, path, extra = "") {
  const digest = sha256Hex(`${rule}\0${path}\0${extra}`).slice(0, 12);
  const tail = (path.split("/").pop() ?? "sample").replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);
  return `${rule}-${tail}-${digest}.png`;
}
function r4(x) {
  return Math.round(x * 1e4) / 1e4;
}

export {
  amplifiedResidual,
  stripPng,
  attachmentName,
  r4
};
