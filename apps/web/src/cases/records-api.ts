import {
  AuditEntryView,
  type ConsentBody,
  ConsentView,
  MyTaskView,
  NoteView,
  type PlanItemBody,
  PlanView,
  type TaskBody,
  TaskView,
} from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

const Created = z.object({ id: z.string() });
const Ok = z.object({ ok: z.literal(true) });

/** The case's notes, newest first. */
export function notesQuery(caseId: string) {
  return queryOptions({
    queryKey: ["cases", caseId, "notes"],
    queryFn: () => apiRequest("GET", `/api/cases/${caseId}/notes`, { schema: z.array(NoteView) }),
  });
}

export function addNote(caseId: string, body: string) {
  return apiRequest("POST", `/api/cases/${caseId}/notes`, { schema: Created, body: { body } });
}

/** The case's tasks. */
export function tasksQuery(caseId: string) {
  return queryOptions({
    queryKey: ["cases", caseId, "tasks"],
    queryFn: () => apiRequest("GET", `/api/cases/${caseId}/tasks`, { schema: z.array(TaskView) }),
  });
}

export function addTask(caseId: string, body: z.output<typeof TaskBody>) {
  return apiRequest("POST", `/api/cases/${caseId}/tasks`, { schema: Created, body });
}

export function completeTask(caseId: string, taskId: string) {
  return apiRequest("POST", `/api/cases/${caseId}/tasks/${taskId}/done`, { schema: Ok });
}

/** The reader's open tasks across their cases, soonest first. */
export const myTasksQuery = queryOptions({
  queryKey: ["me", "tasks"],
  queryFn: () =>
    apiRequest("GET", "/api/me/tasks", {
      schema: z.array(MyTaskView),
    }),
});

/** The consent records of the case (the child's and the guardian's, withdrawals included). */
export function consentsQuery(caseId: string) {
  return queryOptions({
    queryKey: ["cases", caseId, "consents"],
    queryFn: () =>
      apiRequest("GET", `/api/cases/${caseId}/consents`, { schema: z.array(ConsentView) }),
  });
}

export function recordConsent(caseId: string, body: z.output<typeof ConsentBody>) {
  return apiRequest("POST", `/api/cases/${caseId}/consents`, { schema: Created, body });
}

export function withdrawConsent(caseId: string, consentId: string) {
  return apiRequest("POST", `/api/cases/${caseId}/consents/${consentId}/withdrawal`, {
    schema: Ok,
  });
}

/** Whether consent to share with referrals is in force (given, not withdrawn). */
export function hasSharingConsent(consents: z.infer<typeof ConsentView>[]): boolean {
  return consents.some(
    (c) => c.scope === "sharing_with_referrals" && c.decision === "given" && !c.withdrawnAt,
  );
}

/** The case plan over the minimum service package, with what is missing. */
export function planQuery(caseId: string) {
  return queryOptions({
    queryKey: ["cases", caseId, "plan"],
    queryFn: () => apiRequest("GET", `/api/cases/${caseId}/plan`, { schema: PlanView }),
  });
}

export function setPlanItem(
  caseId: string,
  serviceKey: string,
  body: z.output<typeof PlanItemBody>,
) {
  return apiRequest("PUT", `/api/cases/${caseId}/plan/${serviceKey}`, { schema: PlanView, body });
}

/** The case's own audit trail (supervisors): changes and every look at the child's data. */
export function caseAuditQuery(caseId: string) {
  return queryOptions({
    queryKey: ["cases", caseId, "audit"],
    queryFn: () =>
      apiRequest("GET", `/api/cases/${caseId}/audit`, { schema: z.array(AuditEntryView) }),
  });
}
