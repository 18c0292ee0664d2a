import { z } from "zod";
import { ServiceKey } from "./case-records.ts";
import { LanguageCode, Phone, Sex } from "./persons.ts";
import { CountryCode, Id, lineText } from "./text.ts";

/** Listing a service provider in the directory. */
export const ProviderBody = z
  .strictObject({
    organisationId: Id.optional(),
    name: lineText(200),
    services: z.array(ServiceKey).min(1, "At least one service").max(10),
    languages: z.array(LanguageCode).max(20).default([]),
    countryCode: CountryCode,
    province: lineText(120).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    minAge: z.number().int().min(0).max(120).default(0),
    maxAge: z.number().int().min(0).max(120).default(120),
    sexes: z.array(Sex).min(1).max(4).default(["female", "male", "intersex", "unknown"]),
    hours: lineText(200).optional(),
    hotlineNumbers: z.array(Phone).max(5).default([]),
    bedCapacity: z.number().int().min(0).max(100000).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.minAge > b.maxAge)
      ctx.addIssue({
        code: "custom",
        path: ["maxAge"],
        message: "Must not be below the minimum age",
      });
    if ((b.latitude === undefined) !== (b.longitude === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["longitude"],
        message: "Give both coordinates or neither",
      });
    }
  });

/** The provider's own update of free beds. */
export const AvailabilityBody = z.strictObject({
  bedsAvailable: z.number().int().min(0).max(100000),
});

/** Searching the directory. */
export const DirectoryQuery = z.strictObject({
  service: ServiceKey.optional(),
  language: LanguageCode.optional(),
  countryCode: CountryCode.optional(),
  province: z.string().trim().min(1).max(120).optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  sex: Sex.optional(),
  hasFreeBed: z.enum(["true", "false"]).optional(),
  near: z
    .string()
    .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, "latitude,longitude")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** A provider as the directory shows it, with why it ranks where it does. */
export const ProviderView = z.strictObject({
  id: z.string(),
  organisationId: z.string().nullable(),
  name: z.string(),
  services: z.array(z.string()),
  languages: z.array(z.string()),
  countryCode: z.string(),
  province: z.string().nullable(),
  minAge: z.number(),
  maxAge: z.number(),
  sexes: z.array(z.string()),
  hours: z.string().nullable(),
  hotlineNumbers: z.array(z.string()),
  bedCapacity: z.number().nullable(),
  bedsAvailable: z.number().nullable(),
  availabilityUpdatedAt: z.string().nullable(),
  distanceKm: z.number().nullable(),
  matches: z.array(z.string()),
  can: z.strictObject({ updateAvailability: z.boolean(), refer: z.boolean() }),
});
export type ProviderView = z.infer<typeof ProviderView>;
