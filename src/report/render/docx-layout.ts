/**
 * Decree 30/2020/NĐ-CP, Appendix I, in Word's units: twentieths of a point (twips) for lengths,
 * half-points for font sizes. A4 portrait; margins inside the decree's ranges.
 */
const MM = 56.7;

export const LAYOUT = {
  page: { width: 11906, height: 16838 },
  margin: {
    top: Math.round(20 * MM),
    bottom: Math.round(20 * MM),
    left: Math.round(30 * MM),
    right: Math.round(15 * MM),
  },
  /** Where the page number sits, above the body, inside the top margin. */
  headerDistance: Math.round(10 * MM),
  font: "Times New Roman",
  /** Body 14 pt; national title 12 pt; motto and bodies 13 pt; "Nơi nhận" 12 pt, its list 11 pt. */
  size: {
    body: 28,
    nationalTitle: 24,
    motto: 26,
    bodyName: 26,
    recipientsTitle: 24,
    recipients: 22,
    footnote: 20,
  },
  /** First-line indent 1,27 cm; 6 pt after each paragraph; line spacing 1,15. */
  firstLineIndent: 720,
  spacingAfter: 120,
  lineSpacing: 276,
  /** Width of the text column: page less the side margins. */
  textWidth: 11906 - Math.round(30 * MM) - Math.round(15 * MM),
} as const;
