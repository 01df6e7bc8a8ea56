import {
  ambiguousMessage,
  type NumberStyle,
  readNumber,
  styleName,
  wrongStyleMessage,
} from "./number-style.ts";

/** A number cell read, or why it was refused (code and Vietnamese message). */
export type CellNumber =
  | { readonly value: number }
  | { readonly text: string }
  | { readonly code: string; readonly message: string };

/**
 * Reads the number cells of one file: in the declared style, or, undeclared, refusing cells that
 * read differently in the two styles and a file that writes numbers both ways.
 */
export class FileNumbers {
  private seen?: { readonly style: NumberStyle; readonly line: number; readonly cell: string };

  constructor(private readonly declared?: NumberStyle) {}

  /** The number in `cell` (at `line`), its text when it is no number, or a refusal. */
  read(cell: string, line: number): CellNumber {
    const reading = readNumber(cell, this.declared);
    switch (reading.kind) {
      case "text":
        return { text: cell };
      case "ambiguous":
        return {
          code: "import.ambiguous_number",
          message: ambiguousMessage(cell, reading.en, reading.vi),
        };
      case "wrong_style":
        return { code: "import.number_style", message: wrongStyleMessage(cell, reading.style) };
    }
    if (reading.style && !this.declared) {
      if (!this.seen) this.seen = { style: reading.style, line, cell };
      else if (this.seen.style !== reading.style)
        return {
          code: "import.mixed_number_styles",
          message: `Tệp viết số theo hai cách: dòng ${this.seen.line} ("${this.seen.cell}") ${styleName(this.seen.style)}, ô này ("${cell}") ${styleName(reading.style)}. Hãy khai báo --numbers vi hoặc --numbers en, hoặc dòng đầu tệp "#numbers=vi".`,
        };
    }
    return { value: reading.value };
  }
}
