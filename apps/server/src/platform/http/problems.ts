import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError, type FieldError, problemType } from "../errors.ts";
import { fieldErrorsOf } from "./field-issues.ts";

function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  title: string,
  detail?: string,
  errors?: FieldError[],
) {
  return reply
    .status(status)
    .type("application/problem+json")
    .send({
      type: problemType(code),
      title,
      status,
      ...(detail ? { detail } : {}),
      ...(errors ? { errors } : {}),
    });
}

// The part of the request a schema validated, named as Fastify names it in `validationContext`.
function validatedPart(request: FastifyRequest, where: string): unknown {
  if (where === "querystring") return request.query;
  if (where === "params") return request.params;
  if (where === "headers") return request.headers;
  return request.body;
}

const malformedCodes = new Set(["FST_ERR_CTP_EMPTY_JSON_BODY", "FST_ERR_CTP_INVALID_JSON_BODY"]);

/**
 * Maps every error to RFC 9457 problem details. Domain errors keep their code; schema errors
 * name each field; anything unknown is a bare 500 whose details go to the log only.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    return sendProblem(reply, error.status, error.code, error.title, error.message, error.errors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? "body";
    const errors = fieldErrorsOf(error.validation, where, validatedPart(request, where));
    return sendProblem(
      reply,
      400,
      "validation",
      "Invalid input",
      "Some fields are not valid",
      errors,
    );
  }
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return sendProblem(
      reply,
      413,
      "too-large",
      "Request too large",
      "The request body is too large",
    );
  }
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return sendProblem(reply, 415, "media-type", "Unsupported media type", "Send application/json");
  }
  if (
    malformedCodes.has(error.code) ||
    (error.statusCode === 400 && error.name === "SyntaxError")
  ) {
    return sendProblem(reply, 400, "malformed", "Malformed request", "The body is not valid JSON");
  }
  if (error.statusCode === 429) {
    return sendProblem(
      reply,
      429,
      "rate-limited",
      "Too many requests",
      "Wait a minute and try again",
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(
      reply,
      error.statusCode,
      "bad-request",
      "Bad request",
      "The request is not valid",
    );
  }
  request.log.error({ err: error }, "unhandled error");
  return sendProblem(reply, 500, "internal", "Internal error");
}

/** 404 for unknown routes, as problem details. */
export function handleNotFound(_request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, 404, "not-found", "Not found", "No such resource");
}
