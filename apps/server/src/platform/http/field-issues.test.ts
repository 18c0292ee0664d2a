import Fastify from "fastify";
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Invalid } from "../errors.ts";
import { fieldErrorsOf } from "./field-issues.ts";
import { handleError } from "./problems.ts";

// A bare Fastify with the server's validator and error handler: what any route answers when a
// schema refuses input, without a database.
const app = Fastify({ logger: false });
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.setErrorHandler(handleError);
app.withTypeProvider<ZodTypeProvider>().post(
  "/things",
  {
    schema: {
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).optional() }),
      body: z.strictObject({
        name: z.string().min(2).max(10),
        email: z.email().optional(),
        url: z.url({ protocol: /^https?$/, error: "Must be an http or https URL" }).optional(),
        bornOn: z.iso.date().optional(),
        kind: z.enum(["shelter", "hotline"]).optional(),
        age: z.number().int().min(0).max(120).optional(),
        tags: z.array(z.string()).max(2).optional(),
        reason: z
          .string()
          .refine((r) => r !== "none", { message: "Say why", params: { code: "reason_required" } })
          .optional(),
      }),
    },
  },
  async () => ({ ok: true }),
);
app.post("/refuse", async () => {
  throw new Invalid("dateOfBirth", "A date of birth cannot be in the future", "date_in_future");
});
app.post("/refuse-plain", async () => {
  throw new Invalid("cursor", "Not a cursor from this list");
});

beforeAll(() => app.ready());
afterAll(() => app.close());

type Body = {
  errors: { field: string; message: string; code?: string; params?: Record<string, unknown> }[];
};

async function refusalOf(payload: unknown, url = "/things") {
  const res = await app.inject({ method: "POST", url, payload: payload as object });
  expect(res.statusCode).toBeGreaterThanOrEqual(400);
  const body = res.json() as Body;
  return Object.fromEntries(body.errors.map((e) => [e.field, e]));
}

describe("field errors carry a stable code", () => {
  it("a missing field is `required`, a wrong type is `invalid_type` with what was expected", async () => {
    const missing = await refusalOf({});
    expect(missing.name).toMatchObject({ code: "required" });
    const wrong = await refusalOf({ name: 12 });
    expect(wrong.name).toMatchObject({ code: "invalid_type", params: { expected: "string" } });
    expect(wrong.name?.params).not.toHaveProperty("input");
  });

  it("lengths, ranges and list sizes name their limit and what they measure", async () => {
    const errors = await refusalOf({ name: "x", age: 130, tags: ["a", "b", "c"] });
    expect(errors.name).toMatchObject({
      code: "too_small",
      params: { minimum: 2, origin: "string" },
    });
    expect(errors.age).toMatchObject({
      code: "too_big",
      params: { maximum: 120, origin: "number" },
    });
    expect(errors.tags).toMatchObject({ code: "too_big", params: { maximum: 2, origin: "array" } });
  });

  it("formats name the format, and keep a schema's own English message", async () => {
    const errors = await refusalOf({
      name: "ok",
      email: "not-an-address",
      url: "ftp://example.org/x",
      bornOn: "2020-13-45",
    });
    expect(errors.email).toMatchObject({ code: "invalid_format", params: { format: "email" } });
    expect(errors.url).toMatchObject({
      code: "invalid_format",
      params: { format: "url" },
      message: "Must be an http or https URL",
    });
    expect(errors.bornOn).toMatchObject({ code: "invalid_format", params: { format: "date" } });
  });

  it("an enumeration lists its allowed names, never the value sent", async () => {
    const errors = await refusalOf({ name: "ok", kind: "<script>" });
    expect(errors.kind).toMatchObject({
      code: "invalid_value",
      params: { values: ["shelter", "hotline"] },
    });
    expect(JSON.stringify(errors.kind)).not.toContain("<script>");
  });

  it("a refinement's own code is passed on; unknown keys are `unknown_field`", async () => {
    const errors = await refusalOf({ name: "ok", reason: "none", extra: 1 });
    expect(errors.reason).toMatchObject({
      code: "custom",
      message: "Say why",
      params: { code: "reason_required" },
    });
    expect(errors.extra).toMatchObject({ code: "unknown_field", message: "Unknown field" });
  });

  it("a query string's fields are coded too", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/things?limit=0",
      payload: { name: "ok" },
    });
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: "limit",
        code: "too_small",
        params: expect.objectContaining({ minimum: 1 }),
      }),
    ]);
  });

  it("a domain refusal keeps its English message and adds its code", async () => {
    const errors = await refusalOf({}, "/refuse");
    expect(errors.dateOfBirth).toEqual({
      field: "dateOfBirth",
      message: "A date of birth cannot be in the future",
      code: "date_in_future",
    });
    const plain = await refusalOf({}, "/refuse-plain");
    expect(plain.cursor).toEqual({ field: "cursor", message: "Not a cursor from this list" });
  });

  it("a keyword zod may add later is sent as `custom` without a code the web would misread", () => {
    const issues = [
      { keyword: "brand_new_check", instancePath: "/name", message: "New rule", params: {} },
      {
        keyword: "brand_new_check",
        instancePath: "/age",
        message: "Odd",
        params: { params: { code: "date_in_future" } },
      },
    ];
    expect(fieldErrorsOf(issues, "body", { name: "x", age: 3 })).toEqual([
      { field: "name", message: "New rule", code: "custom" },
      { field: "age", message: "Odd", code: "custom" },
    ]);
  });
});
