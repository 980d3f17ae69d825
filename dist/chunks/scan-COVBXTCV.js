import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-O77A5VW3.js";
import "./chunk-YRF7O2OT.js";
import "./chunk-RJJ2UBZA.js";
import "./chunk-YLDSK5J7.js";
import "./chunk-KTZBGYZZ.js";
import "./chunk-3Z2N5X2O.js";
import "./chunk-JHSOBUYT.js";
import "./chunk-OZA2MDAH.js";
import "./chunk-MBXX4JRQ.js";
import "./chunk-ZR6K7QFP.js";
import "./chunk-JSJXTQR5.js";
import "./chunk-EQ3EYCYV.js";
import "./chunk-RX3ZFOCH.js";
export {
  scan
};
