import { LineCounter, parseDocument, isAlias, isCollection, isMap, isPair, isScalar, type Document, type Node } from 'yaml';

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
  /** Nodes that aliases may add to the document when expanded (a billion-laughs bomb adds billions). */
  maxAliasNodes: number;
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
    const at = (offset: number) => {
      const pos = lines.linePos(offset);
      return { line: pos.line, column: pos.col };
    };
    const tooDeep = `nesting deeper than ${limits.maxDepth} levels`;
    const errors = doc.errors.map((e) => {
      // The parser recurses per level and reports running out of stack as an error of its own.
      const message = /call stack/i.test(e.message) ? tooDeep : e.message.split(' at line ')[0]!.split('\n')[0]!;
      return { ...at(e.pos[0]), message };
    });
    // Once the stack runs out the parser's further errors are consequences: report the depth alone.
    const overflow = errors.find((e) => e.message === tooDeep);
    if (overflow) return { errors: [overflow] };
    if (errors.length > 0) return { errors };
    // Aliases first: the nesting walk below expands them, which must be cheap.
    const bomb = aliasOverBudget(doc, limits.maxAliasNodes);
    if (bomb) return { errors: [{ ...at(bomb.range![0]), message: `aliases expand to more than ${limits.maxAliasNodes} nodes (an alias bomb)` }] };
    const deep = nodeTooDeep(doc, limits.maxDepth);
    if (deep) return { errors: [{ ...at(deep.range![0]), message: tooDeep }] };
    let value: unknown;
    try {
      // Expansion is bounded by the check above, so the library's own alias counter is not needed.
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (err) {
      return { errors: [{ line: 1, column: 1, message: (err as Error).message.split('\n')[0]! }] };
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

/** The nodes directly inside a map or sequence (keys and values of pairs). */
function children(node: Node): Node[] {
  if (!isCollection(node)) return [];
  const out: Node[] = [];
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      if (item.key && typeof item.key === 'object') out.push(item.key as Node);
      if (item.value) out.push(item.value as Node);
    } else out.push(item as Node);
  }
  return out;
}

/**
 * The alias at which expanding aliases (in document order) first adds more than `budget` nodes,
 * so the error names the line of the bomb rather than the top of the file.
 */
function aliasOverBudget(doc: Document.Parsed, budget: number): Node | undefined {
  const sizes = new Map<Node, number>();
  const size = (node: Node): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // a cycle counts as unbounded
    const target = isAlias(node) ? (node.resolve(doc) as Node | undefined) : undefined;
    const n = isAlias(node) ? (target ? size(target) : 1) : children(node).reduce((sum, c) => sum + size(c), 1);
    sizes.set(node, n);
    return n;
  };
  let added = 0;
  const walk = (node: Node): Node | undefined => {
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      added += target ? size(target) : 1;
      return added > budget ? node : undefined;
    }
    for (const c of children(node)) {
      const found = walk(c);
      if (found) return found;
    }
    return undefined;
  };
  return doc.contents ? walk(doc.contents as Node) : undefined;
}

/** The first node (aliases followed) nested deeper than `max` levels of maps and sequences. */
function nodeTooDeep(doc: Document.Parsed, max: number): Node | undefined {
  const walk = (node: Node, level: number, via?: Node): Node | undefined => {
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      return target ? walk(target, level, via ?? node) : undefined;
    }
    if (!isCollection(node)) return undefined;
    if (level + 1 > max) return via ?? node;
    for (const c of children(node)) {
      const found = walk(c, level + 1, via);
      if (found) return found;
    }
    return undefined;
  };
  return doc.contents ? walk(doc.contents as Node, 0) : undefined;
}
