// Parses one YAML config file while keeping the node tree, so that a problem found later
// on the plain JS value (by zod, or by a cross-file check) can be pointed back at the line
// and column where the operator wrote it.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { ConfigProblem } from './problems.ts';

export interface Position {
  line?: number;
  column?: number;
}

/** What a problem points at: the value of a field, or its key (unknown fields). */
export type LocateTarget = 'value' | 'key';

export interface YamlSource {
  /** The document as plain JS (null for an empty file). */
  value: unknown;
  /**
   * Position of the node at `path`. A path that does not exist in the file (a missing
   * required field) resolves to the nearest enclosing mapping that does.
   */
  locate(path: ReadonlyArray<PropertyKey>, target?: LocateTarget): Position;
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; problems: ConfigProblem[] };

interface Step {
  key: Node | null;
  value: Node | null;
}

function childOf(node: Node | null, segment: PropertyKey): Step | undefined {
  if (isMap(node)) {
    // Compare as strings: zod reports a YAML key `1:` as "1" after toJS().
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
    );
    if (pair === undefined) return undefined;
    return { key: pair.key as Node | null, value: pair.value as Node | null };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { key: null, value: item as Node | null };
  }
  return undefined;
}

export function parseYamlSource(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  // merge: `<<: *defaults` is handy for env blocks shared between fields of one file.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true });
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((err) => ({
        file,
        ...at(err.pos[0]),
        path: '',
        message: `YAML syntax error: ${err.message}`,
      })),
    };
  }

  const root = doc.contents as Node | null;
  const locate = (path: ReadonlyArray<PropertyKey>, target: LocateTarget = 'value'): Position => {
    let step: Step = { key: null, value: root };
    for (const segment of path) {
      const next = childOf(step.value, segment);
      // Not in the file (a missing required field): point at the mapping that lacks it.
      if (next === undefined) return at(step.value?.range?.[0] ?? step.key?.range?.[0] ?? 0);
      step = next;
    }
    const valueNode = step.value;
    // `key:` with nothing after it yields a zero-width null scalar; its key is the clearer place.
    const emptyValue =
      isScalar(valueNode) && valueNode.value === null && valueNode.range?.[0] === valueNode.range?.[1];
    const node = target === 'key' || emptyValue || valueNode === null ? (step.key ?? valueNode) : valueNode;
    return at(node?.range?.[0] ?? 0);
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // An alias bomb (aliases of aliases expanding exponentially) is refused by the YAML library
    // with a throw; it must become a problem of this file, not an exception of the loader.
    return {
      ok: false,
      problems: [
        { file, path: '', message: `YAML refused: ${err instanceof Error ? err.message : String(err)}` },
      ],
    };
  }
  return { ok: true, source: { value, locate } };
}
