import { z } from "zod";
import { Id } from "./text.ts";

/** Filter and page of the audit trail, newest first. */
export const AuditListQuery = z.strictObject({
  organisationId: Id.optional(),
  action: z
    .string()
    .regex(/^[a-z_.]{1,60}$/, "An action name such as user.create")
    .optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One audit entry as shown in the trail. */
export const AuditEntryView = z.strictObject({
  /**
   * The entry's number in insertion order: the trail's order and its page cursor (`before`).
   * Not its position in the hash chain, which is assigned just after commit and may differ.
   */
  seq: z.number(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorOrganisationId: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  organisationId: z.string().nullable(),
  purpose: z.string().nullable(),
  clientAddress: z.string().nullable(),
  outcome: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

/** A page of the audit trail. */
export const AuditPage = z.strictObject({
  entries: z.array(AuditEntryView),
  nextBefore: z.number().nullable(),
});
