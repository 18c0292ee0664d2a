import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import type { EvidenceView } from "../../../server/src/evidence/schemas.ts";
import { apiBlob, apiRequest } from "../app/api-client.ts";

/*
 * The evidence API as the web app calls it. The record and its custody go through the query
 * cache; the thumbnail never does (see thumbnail-url.ts): it is fetched on a reasoned request
 * and held only by the component that shows it.
 */

export type { EvidenceView } from "../../../server/src/evidence/schemas.ts";
export type CustodyEvent = EvidenceView["custody"][number];

/** An object of the declared type: the server validated it against the same schema. */
const evidenceAnswer = z.custom<EvidenceView>((v) => typeof v === "object" && v !== null);

/** One retained item: its metadata and chain of custody (reading it is audited). */
export function evidenceQuery(evidenceId: string) {
  return queryOptions({
    queryKey: ["evidence", evidenceId],
    queryFn: () => apiRequest("GET", `/api/evidence/${evidenceId}`, { schema: evidenceAnswer }),
  });
}

/** The small blurred thumbnail, asked for with a reason; each request is on the custody. */
export function requestThumbnail(evidenceId: string, reason: string): Promise<Blob> {
  return apiBlob("POST", `/api/evidence/${evidenceId}/thumbnail`, { reason });
}

/** Destroys the material (a supervisor); the record and its custody stay. */
export function destroyEvidence(evidenceId: string, reason: string) {
  return apiRequest("POST", `/api/evidence/${evidenceId}/destroy`, {
    schema: evidenceAnswer,
    body: { reason },
  });
}
