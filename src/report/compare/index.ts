export {
  compareDocuments,
  type DocumentComparison,
  type FigureChange,
  type TextChange,
} from "./compare-documents.ts";
