import { type AdIndicatorView, AdScreeningResult, type AdScreeningView } from "@sahabat/shared";
import { apiRequest } from "../app/api-client.ts";

/*
 * The advert-screening API as the web app calls it: the answer is read with the server's own
 * schema, and the lists are the engine's, defined in @sahabat/shared.
 */

export type { AdCategory } from "@sahabat/shared";
export { adCategories, adLanguages } from "@sahabat/shared";
export type AdIndicator = AdIndicatorView;
export type AdScreening = AdScreeningView;
export type { AdScreeningResult };

export type AdScreeningRequest = { text: string; lang?: string; caseId?: string };

/** Screens one advert; with a case, the identifiers found are recorded on it (audited). */
export function screenAdvert(body: AdScreeningRequest) {
  return apiRequest("POST", "/api/ad-screenings", { schema: AdScreeningResult, body });
}
