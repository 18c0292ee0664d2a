import { z } from "zod";

/** RFC 9457 problem details, with field-level errors. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  // `code` and `params` (additive) say why a field was refused in a stable, translatable form:
  // zod's issue code with its limits, `required`, `unknown_field`, or a domain code.
  errors: z
    .array(
      z.object({
        field: z.string(),
        message: z.string(),
        code: z.string().optional(),
        params: z
          .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
          .optional(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof Problem>;
