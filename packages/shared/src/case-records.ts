import { z } from "zod";
import { freeText, Id, IsoDate, lineText } from "./text.ts";

/** A note on a case. */
export const NoteBody = z.strictObject({
  body: freeText(10000).refine((s) => s.trim().length > 0, "Required"),
});
export const NoteView = z.strictObject({
  id: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

/** A task with an optional due date and assignee. */
export const TaskBody = z.strictObject({
  title: lineText(200),
  dueOn: IsoDate.optional(),
  assignedUserId: Id.optional(),
});
export const TaskView = z.strictObject({
  id: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  assignedUserId: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});

/** An open task in the reader's list across their cases (GET /api/me/tasks). */
export const MyTaskView = z.strictObject({
  id: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  caseId: z.string(),
  caseReference: z.string(),
});
export type MyTaskView = z.infer<typeof MyTaskView>;

/** What consent is about. */
export const ConsentScope = z.enum([
  "registration",
  "interview",
  "data_processing",
  "sharing_with_referrals",
  "cross_border_sharing",
  "research_use",
]);

/** Recording consent or refusal: the child's own view and the guardian's are separate records. */
export const ConsentBody = z.strictObject({
  scope: ConsentScope,
  givenBy: z.enum(["child", "guardian"]),
  decision: z.enum(["given", "refused"]),
  note: freeText(2000).optional(),
});
export const ConsentView = z.strictObject({
  id: z.string(),
  scope: z.string(),
  givenBy: z.string(),
  decision: z.string(),
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  note: z.string().nullable(),
});

/** The ten services of the ASEAN minimum service package, MSP01 … MSP10. */
export const serviceKeys = [
  "MSP01",
  "MSP02",
  "MSP03",
  "MSP04",
  "MSP05",
  "MSP06",
  "MSP07",
  "MSP08",
  "MSP09",
  "MSP10",
] as const;
export const ServiceKey = z.enum(serviceKeys);

/** Planning one service of the package for a case. */
export const PlanItemBody = z.strictObject({
  status: z.enum(["planned", "referred", "in_progress", "delivered", "not_needed", "declined"]),
  providerOrganisationId: Id.optional(),
  startOn: IsoDate.optional(),
  endOn: IsoDate.optional(),
  outcome: freeText(2000).optional(),
});
export const PlanItemView = z.strictObject({
  serviceKey: z.string(),
  status: z.string(),
  providerOrganisationId: z.string().nullable(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  outcome: z.string().nullable(),
});
/** The plan: every service of the package, with what is planned and what is missing. */
export const PlanView = z.strictObject({
  items: z.array(PlanItemView),
  missing: z.array(z.string()),
});
