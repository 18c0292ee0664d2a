import {
  type CaseCreateBody,
  type DuplicateCheckBody,
  DuplicateCheckResult,
} from "@sahabat/shared";
import type { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

type Person = z.output<typeof CaseCreateBody>["person"];

/** The fields of a registration the duplicate check compares (contacts and languages are not). */
export function duplicateCheckBodyOf(p: Person): DuplicateCheckBody {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    givenNameLatin: p.givenNameLatin,
    familyNameLatin: p.familyNameLatin,
    nameOrder: p.nameOrder,
    otherNames: p.otherNames,
    sex: p.sex,
    dateOfBirth: p.dateOfBirth,
    estimatedAgeYears: p.estimatedAgeYears,
    ageBasis: p.ageBasis,
    nationality: p.nationality,
    documents: p.documents,
  };
}

/**
 * Known children who may be the one being registered, among the cases the user may see. The
 * server records each one shown as a read of her record, so it is asked once per registration
 * attempt, not as the user types.
 */
export function checkDuplicates(body: DuplicateCheckBody) {
  return apiRequest("POST", "/api/persons/duplicate-check", { schema: DuplicateCheckResult, body });
}
