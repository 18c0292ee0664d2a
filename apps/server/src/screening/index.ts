export { AnswersObject } from "./answer-schemas.ts";
/** The PDF text helpers (embedded Noto fonts, HarfBuzz shaping), shared with other reports. */
export { registerFonts, type TextStyle, writeParagraph } from "./pdf/text.ts";
export { ElementEvaluation, ElementObject } from "./schemas.ts";
