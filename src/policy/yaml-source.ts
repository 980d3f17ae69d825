import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';

/** Where in a YAML file a value sits (1-based). */
export interface Position {
  line: number;
  column: number;
}

export interface Diagnostic extends Position {
  message: string;
}

export interface YamlLimits {
  maxBytes: number;
  maxAliasCount: number;
  maxDepth: number;
}

/** A parsed YAML file that can map a JSON path back to the line and column it came from. */
export class YamlSource {
  private constructor(
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    readonly value: unknown,
  ) {}

  /**
   * Parses untrusted YAML with the core schema, unique keys and an alias budget (billion-laughs).
   * Returns diagnostics instead of throwing so callers can name the file.
   */
  static parse(text: string, limits: YamlLimits): { source?: YamlSource; errors: Diagnostic[] } {
    if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
      return { errors: [{ line: 1, column: 1, message: `file is larger than ${limits.maxBytes} bytes` }] };
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, schema: 'core' });
    const errors = doc.errors.map((e) => {
      const pos = lines.linePos(e.pos[0]);
      return { line: pos.line, column: pos.col, message: e.message.split(' at line ')[0]!.split('\n')[0]! };
    });
    if (errors.length > 0) return { errors };
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (err) {
      return { errors: [{ line: 1, column: 1, message: (err as Error).message.split('\n')[0]! }] };
    }
    if (depth(value) > limits.maxDepth) {
      return { errors: [{ line: 1, column: 1, message: `nesting deeper than ${limits.maxDepth} levels` }] };
    }
    return { source: new YamlSource(doc, lines, value), errors: [] };
  }

  /**
   * Position of the node at `path`; for a missing key, of the nearest ancestor that exists.
   * With `key`, the position of that key inside the map at `path` (for unknown-property errors).
   */
  positionOf(path: ReadonlyArray<string | number>, key?: string): Position {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (!node || !('range' in node) || !node.range) continue;
      if (key !== undefined && n === path.length && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
        const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
        if (keyNode?.range) return this.at(keyNode.range[0]);
      }
      if (n < path.length && isMap(node)) {
        // Missing child: point at its key if the key exists with a null value, else at the parent.
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[n]));
        if (pair && isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
      }
      return this.at(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  private at(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }
}

function depth(v: unknown, d = 0): number {
  if (d > 200) return d;
  if (Array.isArray(v)) return v.reduce<number>((m, x) => Math.max(m, depth(x, d + 1)), d + 1);
  if (v && typeof v === 'object') {
    return Object.values(v).reduce<number>((m, x) => Math.max(m, depth(x, d + 1)), d + 1);
  }
  return d;
}
