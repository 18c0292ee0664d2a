/*
 * The screening instrument (versioned data, nine languages) and the answers path, which maps
 * answers to the element-level input and shares `evaluateElements` with it.
 */
export {
  type AnswerEvaluation,
  type AnswerExplanationLine,
  type AnswerResult,
  type EvaluateAnswersOptions,
  evaluateAnswers,
  type IndicatorFound,
  mapAnswers,
  type OtherHarmFound,
} from "./answers.ts";
export {
  currentInstrumentVersion,
  findInstrument,
  instruments,
  listInstrumentVersions,
} from "./registry.ts";
export { type ProposedService, proposeServices, type ServiceFacts } from "./services.ts";
export * from "./types.ts";
export {
  type AnswerError,
  type ScreeningPerson,
  validateAnswers,
  validatePerson,
  wholeYearsBetween,
} from "./validate.ts";
