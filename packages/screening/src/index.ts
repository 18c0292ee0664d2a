/*
 * Victim identification: the decision engine of the screening tool. Pure: no I/O, no clock, so it
 * runs the same on the server, in the CLI and in a border officer's browser.
 */
export * from "./elements.ts";
export { type Evaluation, evaluateElements } from "./evaluate.ts";
export type { ExplanationLine } from "./explanation.ts";
export * from "./instrument/index.ts";
export type { Difference, NationalResult } from "./national.ts";
export { type NationalProfile, nationalProfiles } from "./profiles.ts";
export { determine, isChildFor, type Rules } from "./rules.ts";
