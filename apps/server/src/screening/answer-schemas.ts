import { IsoDate, ScreeningAnswers, screeningPersonFacts } from "@sahabat/shared";
import { z } from "zod";

/*
 * The wire shapes of the answers path are in @sahabat/shared (screening.ts), where the web app
 * reads them too. This one is the command line's alone: `sahabat screen answers.json`.
 */

/** One object of `sahabat screen answers.json`. */
export const AnswersObject = z.strictObject({
  id: z.union([z.string().min(1).max(200), z.number()]).transform(String),
  instrumentVersion: z.string().min(1).max(40),
  answers: ScreeningAnswers,
  ...screeningPersonFacts,
  today: IsoDate.optional(),
});
