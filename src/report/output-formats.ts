/**
 * The files a report can be written as: the one list the CLI's `--format`, the download route,
 * its contract and the web app's buttons read. A new format is an entry here and a renderer in
 * `render/render-as.ts` (which the compiler then asks for). Pure data, so the web build can
 * import it without the renderers' Node modules.
 */
export const OUTPUT_FORMATS = {
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    labelVi: "Word (DOCX)",
    labelEn: "Word (DOCX)",
    /** Offered as a button to the clerk (the others serve scripts and comparisons). */
    offered: true,
  },
  pdf: {
    contentType: "application/pdf",
    labelVi: "PDF",
    labelEn: "PDF",
    offered: true,
  },
  html: {
    contentType: "text/html; charset=utf-8",
    labelVi: "Trang web (HTML)",
    labelEn: "Web page (HTML)",
    offered: false,
  },
  md: {
    contentType: "text/markdown; charset=utf-8",
    labelVi: "Markdown (để so sánh các bản)",
    labelEn: "Markdown (for comparing versions)",
    offered: false,
  },
} as const;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

/** The format codes, in the order above (the first is the default). */
export const OUTPUT_FORMAT_CODES = Object.keys(OUTPUT_FORMATS) as [OutputFormat, ...OutputFormat[]];

/** The formats shown as download buttons. */
export const OFFERED_FORMATS = OUTPUT_FORMAT_CODES.filter((f) => OUTPUT_FORMATS[f].offered);
