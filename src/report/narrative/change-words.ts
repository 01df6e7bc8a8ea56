import type { Mention } from "./mentions.ts";

/** The words and shapes of change phrases, shared by the change checks. */
export const CHANGE = /(?<![\p{L}])(tăng|giảm)(?![\p{L}])/giu;
// How a change's % and its absolute amount are joined: "giảm 1,6% (-862 ha)", "tăng 862 ha
// (tăng 1,5%)", "giảm 862 ha, tương ứng 1,5%".
export const JOINED =
  /^\s*(?:\(|,\s*(?:tương ứng|tương đương|tức là|tức|bằng)?)\s*(?:(?:tăng|giảm)\s*)?$/iu;
// What may stand between the current figure and its change: "58.095 ha, giảm …", "58.095 ha,
// so với cùng kỳ giảm …".
export const CURRENT_TO_CHANGE = /^[\s,]*(?:so(?:\s+với)?\s+[^\d;]*?)?$/iu;

// "… so với cùng kỳ (năm 2022) (là) 58.957 ha": the base, right after the change, no comma between.
export const BASE_PHRASE = /^\s*\)?\s*so(?:\s+với)?\s+[^,;\d]*?(?:\d{4}[^,;\d]*?)?$/iu;

/** A quantity with a unit: what a change, a total or a part is. */
export const counts = (m: Mention): boolean =>
  m.kind === "figure" && !m.percent && m.unit !== undefined;
