import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-PT4DBGR4.js";
import "./chunk-YRF7O2OT.js";
import "./chunk-RUZDNP7T.js";
import "./chunk-5SBASJ3I.js";
import "./chunk-KTZBGYZZ.js";
import "./chunk-3Z2N5X2O.js";
import "./chunk-JHSOBUYT.js";
import "./chunk-OZA2MDAH.js";
import "./chunk-HPLL2H4N.js";
import "./chunk-3MUNMAOR.js";
import "./chunk-JSJXTQR5.js";
import "./chunk-EQ3EYCYV.js";
import "./chunk-RX3ZFOCH.js";
export {
  scan
};
