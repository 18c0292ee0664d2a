import { z } from "zod";
import { CountryCode, lineText } from "./text.ts";
import { AgencyType } from "./vocabulary.ts";

/** Creating an organisation (node administrators only). */
export const OrganisationCreateBody = z.strictObject({
  name: lineText(200),
  agencyType: AgencyType,
  countryCode: CountryCode,
  province: lineText(120).optional(),
});

/** Changing an organisation. */
export const OrganisationUpdateBody = OrganisationCreateBody.extend({
  // null clears the province.
  province: lineText(120).nullable(),
})
  .partial()
  .refine((b) => Object.keys(b).length > 0, "Nothing to change");

/** An organisation with what the reader may do with it. */
export const OrganisationView = z.strictObject({
  id: z.string(),
  name: z.string(),
  agencyType: AgencyType,
  countryCode: z.string(),
  province: z.string().nullable(),
  createdAt: z.string(),
  can: z.strictObject({ update: z.boolean(), createUser: z.boolean() }),
});
export type OrganisationView = z.infer<typeof OrganisationView>;

/** A country, for choosing origin, destination or an organisation's country. */
export const CountryView = z.strictObject({
  code: z.string(),
  name: z.string(),
  isAsean: z.boolean(),
});
