export { AnswersObject, ScreeningBody, ScreeningResult } from "./answer-schemas.ts";
export { ElementEvaluation, ElementObject } from "./schemas.ts";
