import { Problem } from "@sahabat/shared";
import type { z } from "zod";

/** A refused or failed API call, carrying the server's RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }

  /** The stable code at the end of the problem type (`…/problems/conflict` → `conflict`). */
  get code(): string {
    return this.problem.type.split("/").at(-1) ?? "internal";
  }
}

// The synchroniser token of the current session. It lives in memory only (never in storage)
// and is refreshed whenever the session is read; every write must echo it.
let csrfToken: string | null = null;

/** Remembers the CSRF token of the session just read (null once signed out). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Query = Record<string, string | number | undefined>;

function urlOf(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const parsed = Problem.safeParse(await response.json());
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a generic problem.
  }
  return { type: "about:blank", title: response.statusText, status: response.status };
}

/**
 * Calls the API and checks the answer against the shared wire schema, so a mismatch between
 * server and web app fails loudly here rather than somewhere in a screen.
 */
export async function apiRequest<S extends z.ZodType>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  options: { schema: S; body?: unknown; query?: Query },
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ApiError(0, { type: "network", title: "Network error", status: 0 });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  // 204 No Content (a removal) has no body to parse.
  if (response.status === 204) return options.schema.parse(null);
  return options.schema.parse(await response.json());
}

/**
 * Calls a route that answers a binary body (a thumbnail) and returns it as a Blob, for the
 * caller to show from an object URL it revokes itself. The request carries the CSRF token like
 * every write and asks no cache to keep the answer.
 */
export async function apiBlob(method: "POST", path: string, body: unknown): Promise<Blob> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      cache: "no-store",
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { type: "network", title: "Network error", status: 0 });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.blob();
}

/**
 * Saves the file the API answers (a PDF report) through a temporary link. A POST carries the
 * session's CSRF token like every write; the file is never cached by URL.
 */
export async function apiDownload(
  method: "GET" | "POST",
  path: string,
  fileName: string,
  body?: unknown,
) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, { type: "network", title: "Network error", status: 0 });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
