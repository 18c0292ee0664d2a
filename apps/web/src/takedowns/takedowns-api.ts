import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

export const takedownStatuses = ["draft", "sent", "acknowledged", "removed", "refused"] as const;

const TakedownSummary = z.object({
  id: z.string(),
  version: z.number(),
  cycle: z.number(),
  status: z.enum(takedownStatuses),
  category: z.string(),
  recipient: z.object({ name: z.string(), isIllustrative: z.boolean() }),
  targets: z.array(z.object({ url: z.string() })),
  sentAt: z.string().nullable(),
  deadlineAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  remindersSent: z.number(),
  createdAt: z.string(),
});
export type TakedownSummary = z.infer<typeof TakedownSummary>;

/** The organisation's takedown notices, newest first. */
export function takedownsQuery() {
  return queryOptions({
    queryKey: ["takedowns"],
    queryFn: () => apiRequest("GET", "/api/takedowns", { schema: z.array(TakedownSummary) }),
  });
}
