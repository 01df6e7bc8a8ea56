import { isNode, LineCounter, parseDocument } from "yaml";
import type { FileProblem } from "./located-error.ts";

/** A parsed YAML (or JSON) file that can say where any path of it is written. */
export interface YamlSource {
  readonly data: unknown;
  /** Line and column of the value at `path`, or of its nearest written parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

/** Parses YAML/JSON text, or returns its syntax problems with line and column. */
export function parseYamlSource(
  text: string,
  file: string,
): YamlSource | { problems: FileProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          code: "import.yaml_syntax",
          message: `Lỗi cú pháp YAML: ${e.message.split("\n")[0]}`,
        };
      }),
    };
  }
  return {
    data: doc.toJS(),
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return { line: 1, column: 1 };
    },
  };
}

/** Splits a document path written as `indicators[3].unit` into keys and indices. */
export function splitPath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] as string),
  );
}
