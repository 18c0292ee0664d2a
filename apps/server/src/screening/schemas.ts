import { actCodes, meansCodes, purposeCodes } from "@sahabat/screening";
import { z } from "zod";

/** One person's elements, as `sahabat screen --elements` and POST /api/screenings/elements take them. */
export const ElementObject = z.strictObject({
  id: z.union([z.string().min(1).max(200), z.number()]).transform(String),
  age: z.number().int().min(0).max(130).nullable(),
  ageEstimated: z.boolean(),
  ageDisputed: z.boolean(),
  acts: z.array(z.enum(actCodes)),
  means: z.array(z.enum(meansCodes)),
  purposes: z.array(z.enum(purposeCodes)),
  unknown: z.array(z.enum(["acts", "means", "purposes"])),
  consented: z.boolean(),
  exploitationOccurred: z.boolean(),
  borderCrossed: z.boolean(),
  profile: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
});

/** The evaluation of one element object. */
export const ElementEvaluation = z.strictObject({
  id: z.string(),
  determination: z.enum(["presumed_victim", "possible_victim", "no_indication"]),
  missingElements: z.array(z.string()),
  national: z.unknown().nullable(),
  explanation: z.array(
    z.object({
      code: z.string(),
      element: z.string().optional(),
      codes: z.array(z.string()).optional(),
      reference: z.string().optional(),
      text: z.string(),
    }),
  ),
});
