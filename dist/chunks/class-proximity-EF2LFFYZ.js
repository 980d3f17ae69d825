import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  resolveK,
  run
} from "./chunk-QFK4XNIZ.js";
import "./chunk-B3XC3XEL.js";
import "./chunk-JHSOBUYT.js";
import "./chunk-VWDCBCVR.js";
import "./chunk-RX3ZFOCH.js";
export {
  resolveK,
  run
};
