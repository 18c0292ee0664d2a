import { AdLexiconEntryView, AgencyLexiconsView } from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../app/api-client.ts";

export { agencyMatchKinds } from "@sahabat/shared";
export type AgencyLexiconEntry = AdLexiconEntryView;

/** The agency's own entries (retired ones too, marked), per language with its version. */
export const agencyLexiconsQuery = queryOptions({
  queryKey: ["ad-lexicons", "agency"],
  queryFn: () =>
    apiRequest("GET", "/api/ad-lexicons/agency", {
      schema: AgencyLexiconsView,
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
  return apiRequest("POST", "/api/ad-lexicons/agency/entries", {
    schema: AdLexiconEntryView,
    body,
  });
}

/** Retires an entry with a reason; it stays listed, no longer used. */
export function retireAgencyEntry(id: string, reason: string) {
  return apiRequest("POST", `/api/ad-lexicons/agency/entries/${id}/retire`, {
    schema: AdLexiconEntryView,
    body: { reason },
  });
}
