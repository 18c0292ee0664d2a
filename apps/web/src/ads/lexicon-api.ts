import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";
import { adCategories, adLanguages } from "./ads-api.ts";

/** The match kinds an agency may add (regular expressions stay with the team). */
export const agencyMatchKinds = ["phrase", "host", "phone-prefix"] as const;

const Entry = z.object({
  id: z.string(),
  entryId: z.string(),
  language: z.enum(adLanguages),
  category: z.enum(adCategories),
  text: z.string(),
  match: z.enum(agencyMatchKinds),
  gloss: z.string().nullable(),
  source: z.array(z.string()),
  status: z.enum(["active", "retired"]),
  addedVersion: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  retiredVersion: z.string().nullable(),
  retireReason: z.string().nullable(),
});
export type AgencyLexiconEntry = z.infer<typeof Entry>;

const AgencyLexicons = z.object({
  canEdit: z.boolean(),
  lexicons: z.array(
    z.object({ language: z.enum(adLanguages), version: z.string(), entries: z.array(Entry) }),
  ),
});

/** The agency's own entries (retired ones too, marked), per language with its version. */
export const agencyLexiconsQuery = queryOptions({
  queryKey: ["ad-lexicons", "agency"],
  queryFn: () =>
    apiRequest("GET", "/api/ad-lexicons/agency", {
      schema: AgencyLexicons,
      query: { status: "all" },
    }),
});

export type NewEntry = {
  language: string;
  category: string;
  text: string;
  match: string;
  gloss?: string;
  source: string[];
};

/** Adds an entry; the server numbers, validates and audits it. */
export function addAgencyEntry(body: NewEntry) {
  return apiRequest("POST", "/api/ad-lexicons/agency/entries", { schema: Entry, body });
}

/** Retires an entry with a reason; it stays listed, no longer used. */
export function retireAgencyEntry(id: string, reason: string) {
  return apiRequest("POST", `/api/ad-lexicons/agency/entries/${id}/retire`, {
    schema: Entry,
    body: { reason },
  });
}
