import type { ColumnType, Generated } from "kysely";

type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the screening table (db/migrations/0015_case_screenings.sql). */
export interface ScreeningTables {
  case_screenings: {
    id: Generated<string>;
    case_id: string;
    organisation_id: string;
    instrument_version: string;
    status: "draft" | "completed";
    answers: Json<Record<string, string | number>>;
    age: number | null;
    age_estimated: boolean;
    age_disputed: boolean;
    profile: string | null;
    interview_language: string | null;
    determination: string | null;
    result: Json<unknown> | null;
    explanation: Json<unknown> | null;
    created_by: string | null;
    created_at: Date;
    updated_by: string | null;
    updated_at: Date;
    completed_by: string | null;
    completed_at: Date | null;
  };
}
