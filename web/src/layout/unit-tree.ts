import type { UnitView } from "../api/contract.ts";
import { nameIn } from "../i18n/name-in.ts";

/** A node of the unit tree as antd's Tree and TreeSelect take it. */
export interface UnitNode {
  readonly key: string;
  readonly value: string;
  readonly title: string;
  readonly unit: UnitView;
  readonly children: UnitNode[];
}

/** Builds the tree from the flat list (parents first or not); orphans become roots. */
export function buildUnitTree(units: readonly UnitView[], lang: "vi" | "en" = "vi"): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) {
    const title = nameIn(lang, unit);
    nodes.set(unit.code, { key: unit.code, value: unit.code, title, unit, children: [] });
  }
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parent ? nodes.get(node.unit.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The subtrees rooted at `codes` (a user's granted units), in tree order; all when none match. */
export function subtreesOf(roots: UnitNode[], codes: readonly string[]): UnitNode[] {
  const wanted = new Set(codes);
  const found: UnitNode[] = [];
  const walk = (nodes: UnitNode[]) => {
    for (const node of nodes) {
      if (wanted.has(node.key)) found.push(node);
      else walk(node.children);
    }
  };
  walk(roots);
  return found.length > 0 ? found : roots;
}
