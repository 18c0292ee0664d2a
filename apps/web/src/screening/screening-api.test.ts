import { CaseScreeningView, ScreeningResult } from "@sahabat/shared";
import { describe, expect, it } from "vitest";
import { CaseScreening, SavedScreening } from "./screening-api.ts";

// The server's answers, whole: the web app reads a part of each with the server's own schemas.
const result = ScreeningResult.parse({
  id: "3f0c7a52-1d2e-4b7a-9c1f-2a4b6c8d0e1f",
  caseId: "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  status: "completed",
  instrumentVersion: "2026.1",
  determination: "presumed_victim",
  missingElements: [],
  national: null,
  explanation: [{ code: "act", text: "Recruited through a job offer" }],
  elements: null,
  indicators: [],
  otherHarms: [],
  proposedServices: [{ service: "shelter", reason: "child", text: "A safe place to stay" }],
  proposedCaseUpdate: null,
});

const stored = CaseScreeningView.parse({
  id: "3f0c7a52-1d2e-4b7a-9c1f-2a4b6c8d0e1f",
  caseId: "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  status: "draft",
  instrumentVersion: "2026.1",
  answers: { q1: "yes", q2: 15 },
  age: 15,
  ageEstimated: true,
  ageDisputed: false,
  profile: "VN",
  interviewLanguage: "vi",
  determination: null,
  result: null,
  explanation: null,
  createdBy: "5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
  createdAt: "2026-11-28T10:00:00.000Z",
  updatedAt: "2026-11-28T10:05:00.000Z",
  completedBy: null,
  completedAt: null,
});

describe("reading the server's screening answers", () => {
  it("keeps the part the app shows and lets the rest of a strict answer through unread", () => {
    expect(SavedScreening.parse(result)).toEqual({
      id: result.id,
      caseId: result.caseId,
      status: "completed",
      determination: "presumed_victim",
      proposedServices: result.proposedServices,
      proposedCaseUpdate: null,
    });
    const row = CaseScreening.parse(stored);
    expect(row.answers).toEqual({ q1: "yes", q2: 15 });
    expect(row).not.toHaveProperty("createdBy");
  });

  it("still refuses an answer of the wrong shape", () => {
    expect(SavedScreening.safeParse({ ...result, determination: "maybe" }).success).toBe(false);
    expect(CaseScreening.safeParse({ ...stored, status: "anonymous" }).success).toBe(false);
  });
});
