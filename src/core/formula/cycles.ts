import { BaocaoError, isBaocaoError } from "../errors.ts";
import type { FormulaNode } from "./ast.ts";
import { dependencies } from "./dependencies.ts";
import { parseFormula } from "./parser.ts";

/** A cycle among derived indicators: `path` starts and ends with the same code. */
export interface FormulaCycle {
  readonly path: readonly string[];
  /** The cycle written out, e.g. "a → b → c → a". */
  readonly text: string;
}

// A syntax error must say whose formula it is in, or the clerk cannot find it.
function parseOf(code: string, source: string): FormulaNode {
  try {
    return parseFormula(source);
  } catch (error) {
    if (!isBaocaoError(error)) throw error;
    const message = `Công thức của chỉ tiêu '${code}': ${error.message}`;
    throw new BaocaoError(error.code, message, { ...error.details, indicator: code });
  }
}

function graphOf(defs: Readonly<Record<string, string | FormulaNode>>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [code, def] of Object.entries(defs)) {
    const tree = typeof def === "string" ? parseOf(code, def) : def;
    // Only derived indicators can close a cycle: stored ones have no outgoing edges.
    graph.set(
      code,
      dependencies(tree).filter((d) => Object.hasOwn(defs, d)),
    );
  }
  return graph;
}

// Tarjan's strongly connected components; every component with a loop holds at least one cycle.
function components(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) {
          onStack.delete(w);
          component.push(w);
        }
      } while (w !== undefined && w !== v);
      result.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return result;
}

// The shortest way back to `start` inside its component (breadth-first), for a readable name.
function cycleThrough(start: string, members: Set<string>, graph: Map<string, string[]>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] as string;
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(parent.get(path[0] as string) as string);
        return [...path, start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/**
 * Finds cycles among derived indicators, one per tangle, each named from its alphabetically
 * first code: `detectCycles({ a: "b + 1", b: "c", c: "a" })` → `[{ text: "a → b → c → a", … }]`.
 * References in other periods count too (`a = prev(a) + x` is a cycle): store such values instead.
 */
export function detectCycles(
  defs: Readonly<Record<string, string | FormulaNode>>,
): readonly FormulaCycle[] {
  const graph = graphOf(defs);
  const cycles: FormulaCycle[] = [];
  for (const component of components(graph)) {
    const [only] = component;
    const selfLoop =
      component.length === 1 && only !== undefined && graph.get(only)?.includes(only);
    if (component.length < 2 && !selfLoop) continue;
    const start = [...component].sort()[0] as string;
    const path = cycleThrough(start, new Set(component), graph);
    cycles.push(Object.freeze({ path: Object.freeze(path), text: path.join(" → ") }));
  }
  return Object.freeze(cycles.sort((a, b) => a.text.localeCompare(b.text)));
}

/** Throws `formula.cycle` naming every cycle found by `detectCycles`. */
export function assertNoCycles(defs: Readonly<Record<string, string | FormulaNode>>): void {
  const cycles = detectCycles(defs);
  const first = cycles[0];
  if (first === undefined) return;
  const named = cycles.map((c) => c.text).join("; ");
  throw new BaocaoError("formula.cycle", `Công thức tham chiếu vòng tròn: ${named}`, {
    cycle: first.path,
    cycles: cycles.map((c) => c.path),
  });
}
