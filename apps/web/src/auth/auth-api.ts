import {
  EnrolmentStart,
  RecoveryCodes,
  type SecondFactorBody,
  SignInResult,
} from "@sahabat/shared";
import type { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/** First step: e-mail and password. */
export function postSignIn(body: { email: string; password: string }) {
  return apiRequest("POST", "/api/auth/sign-in", { schema: SignInResult, body });
}

/** Second step: a one-time code or a recovery code. */
export function postSecondFactor(body: z.output<typeof SecondFactorBody>) {
  return apiRequest("POST", "/api/auth/second-factor", { schema: SignInResult, body });
}

/** Starts enrolling an authenticator: a new secret and its QR code. */
export function postEnrolment() {
  return apiRequest("POST", "/api/auth/enrolment", { schema: EnrolmentStart });
}

/** Confirms enrolment with the app's first code; answers the recovery codes, shown once. */
export function postEnrolmentConfirm(body: { code: string }) {
  return apiRequest("POST", "/api/auth/enrolment/confirm", { schema: RecoveryCodes, body });
}
