import type { FieldError, FieldErrorParams, SchemaFieldCode } from "../errors.ts";

/** One schema validation failure as fastify-type-provider-zod hands it over (a zod 4 issue). */
export type ValidationIssue = {
  keyword: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
};

// The issue properties a client needs to word the refusal. Anything else a zod issue carries
// (the input, nested union errors) is left out: a problem body never echoes a value back.
const paramNames = [
  "origin",
  "minimum",
  "maximum",
  "inclusive",
  "exact",
  "expected",
  "format",
  "divisor",
  "values",
] as const;

// zod 4's issue codes, each a SchemaFieldCode. A keyword outside this list (a future zod) is
// sent as `custom` without params.code: the client then shows the English message.
const zodIssueCodes: ReadonlySet<string> = new Set<SchemaFieldCode>([
  "invalid_type",
  "too_small",
  "too_big",
  "invalid_format",
  "invalid_value",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "custom",
]);

function codeOf(keyword: string): SchemaFieldCode {
  return zodIssueCodes.has(keyword) ? (keyword as SchemaFieldCode) : "custom";
}

function pathOf(instancePath: string | undefined): string[] {
  return (instancePath ?? "").split("/").filter((part) => part !== "");
}

function fieldOf(where: string, path: readonly string[]): string {
  return path.length ? path.join(".") : where;
}

function paramOf(value: unknown): string | number | boolean | string[] | undefined {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  // Only an enumeration's allowed values arrive as a list; they are names from the schema.
  if (Array.isArray(value) && value.length <= 50)
    return value.filter((v) => ["string", "number", "boolean"].includes(typeof v)).map(String);
  return undefined;
}

function paramsOf(issue: ValidationIssue): FieldErrorParams | undefined {
  const params: FieldErrorParams = {};
  for (const name of paramNames) {
    const value = paramOf(issue.params?.[name]);
    if (value !== undefined) params[name] = value;
  }
  // A refinement may name its own stable code: `.refine(fn, {params: {code: "…"}})`.
  const custom = issue.params?.params as Record<string, unknown> | undefined;
  if (issue.keyword === "custom" && typeof custom?.code === "string") params.code = custom.code;
  return Object.keys(params).length ? params : undefined;
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The field errors of a refused request, each with a stable `code`: zod's issue code
 * (`too_small`, `invalid_format`, `invalid_value`…), `required` for a missing value (zod
 * reports it as a wrong type), and `unknown_field` once per key a strict schema refused.
 * `input` is the part of the request that was validated (body, query…), read only to tell a
 * missing value from a wrong one.
 */
export function fieldErrorsOf(
  issues: readonly ValidationIssue[],
  where: string,
  input: unknown,
): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const path = pathOf(issue.instancePath);
    if (issue.keyword === "unrecognized_keys") {
      const keys = (issue.params?.keys as string[] | undefined) ?? [];
      if (keys.length) {
        const field = keys.map((key) => fieldOf(where, [...path, key])).join(",");
        return [{ field, message: "Unknown field", code: "unknown_field" }];
      }
    }
    const field = fieldOf(where, path);
    const message = issue.message ?? "Invalid";
    if (issue.keyword === "invalid_type" && valueAt(input, path) === undefined)
      return [{ field, message, code: "required" }];
    const params = paramsOf(issue);
    return [{ field, message, code: codeOf(issue.keyword), ...(params ? { params } : {}) }];
  });
}
