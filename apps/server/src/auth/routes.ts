import {
  EnrolmentConfirmBody,
  EnrolmentStart,
  PasswordChangeBody,
  PreferencesBody,
  RecoveryCodes,
  SecondFactorBody,
  SessionView,
  SignInBody,
  SignInResult,
} from "@sahabat/shared";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import { Unauthenticated } from "../platform/errors.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { sessionCookieName } from "../platform/http/session-port.ts";
import { changePassword, setPreferences, signOut, signOutEverywhere } from "./account.service.ts";
import {
  completeSecondFactor,
  confirmEnrolment,
  type SessionRef,
  startEnrolment,
} from "./second-factor.service.ts";
import { signIn } from "./sign-in.service.ts";

const Ok = z.strictObject({ ok: z.literal(true) });

function sessionRef(request: FastifyRequest): SessionRef {
  const s = request.session;
  if (!s) throw new Unauthenticated();
  return {
    tokenHash: s.tokenHash,
    userId: s.userId,
    organisationId: s.organisationId,
    email: s.email,
  };
}

function clearCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookieName, { path: "/" });
}

/** Sign-in, second factor, enrolment, sign-out, password and preferences. */
export async function authRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["auth"];
  app.post("/api/auth/sign-in", {
    schema: { tags, security: [], body: SignInBody, response: { 200: SignInResult } },
    config: {
      access: "public",
      rateLimit: { max: deps.config.signInRateLimitPerMinute, timeWindow: "1 minute" },
    },
    handler: async (request, reply) => {
      const { token, stage } = await signIn(
        requestCtx(request, deps),
        request.body,
        deps.config.isSecondFactorDisabledForDemo,
      );
      reply.setCookie(sessionCookieName, token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: request.protocol === "https",
        maxAge: Math.floor(deps.config.sessionAbsoluteMs / 1000),
      });
      return { stage };
    },
  });

  app.get("/api/auth/session", {
    schema: { tags, response: { 200: SessionView } },
    config: { access: "partial" },
    handler: async (request) => {
      const s = request.session;
      if (!s) throw new Unauthenticated();
      return {
        stage: s.stage,
        csrfToken: s.csrfToken,
        user: {
          id: s.userId,
          email: s.email,
          displayName: s.displayName,
          role: s.role,
          locale: s.locale,
          organisationId: s.organisationId,
          organisationName: s.organisationName,
          hasSecondFactor: s.hasSecondFactor,
        },
      };
    },
  });

  app.post("/api/auth/second-factor", {
    schema: { tags, body: SecondFactorBody, response: { 200: SignInResult } },
    config: {
      access: "partial",
      rateLimit: { max: deps.config.signInRateLimitPerMinute, timeWindow: "1 minute" },
    },
    handler: async (request) => {
      await completeSecondFactor(requestCtx(request, deps), sessionRef(request), request.body);
      return { stage: "signed_in" as const };
    },
  });

  app.post("/api/auth/enrolment", {
    schema: { tags, response: { 200: EnrolmentStart } },
    config: { access: "partial" },
    handler: async (request) => {
      const s = request.session;
      if (s?.stage === "second_factor_required") {
        throw new Unauthenticated("Sign in with your current authenticator first");
      }
      return startEnrolment(requestCtx(request, deps), sessionRef(request));
    },
  });

  app.post("/api/auth/enrolment/confirm", {
    schema: { tags, body: EnrolmentConfirmBody, response: { 200: RecoveryCodes } },
    config: {
      access: "partial",
      rateLimit: { max: deps.config.signInRateLimitPerMinute, timeWindow: "1 minute" },
    },
    handler: async (request) => {
      if (request.session?.stage === "second_factor_required") {
        throw new Unauthenticated("Sign in with your current authenticator first");
      }
      return confirmEnrolment(requestCtx(request, deps), sessionRef(request), request.body.code);
    },
  });

  app.post("/api/auth/sign-out", {
    schema: { tags, response: { 200: Ok } },
    config: { access: "partial" },
    handler: async (request, reply) => {
      await signOut(requestCtx(request, deps), sessionRef(request));
      clearCookie(reply);
      return { ok: true as const };
    },
  });

  app.post("/api/auth/sign-out-everywhere", {
    schema: { tags, response: { 200: z.strictObject({ ended: z.number() }) } },
    handler: async (request, reply) => {
      const result = await signOutEverywhere(requestCtx(request, deps), sessionRef(request));
      clearCookie(reply);
      return result;
    },
  });

  app.post("/api/auth/password", {
    schema: { tags, body: PasswordChangeBody, response: { 200: Ok } },
    handler: async (request) => {
      await changePassword(requestCtx(request, deps), sessionRef(request), request.body);
      return { ok: true as const };
    },
  });

  app.put("/api/auth/preferences", {
    schema: { tags, body: PreferencesBody, response: { 200: Ok } },
    handler: async (request) => {
      await setPreferences(requestCtx(request, deps), sessionRef(request), request.body);
      return { ok: true as const };
    },
  });
}
