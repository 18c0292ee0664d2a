import autocannon from "autocannon";
import type { Session } from "./sign-in.ts";

/** One request: its path (with the query string) and, for writes, its JSON body. */
export type NextRequest = { path: string; body?: unknown };

/** One HTTP load: every client has its own session and builds each of its requests afresh. */
export type LoadSpec = {
  baseUrl: string;
  method: "GET" | "PATCH" | "POST";
  sessions: Session[];
  /** Request `n` of client `i`: called once per request sent. */
  next(client: number, n: number): NextRequest;
  connections: number;
  seconds: number;
  /** Called with each response's status and body, when given (to count what it showed). */
  onResponse?(status: number, body: string): void;
};

/** What a measured run observed. Latencies are of every response, in milliseconds. */
export type LoadResult = {
  requests: number;
  seconds: number;
  latencies: Float64Array;
  statuses: Map<number, number>;
  errors: number;
  timeouts: number;
};

/** The value at or below which `p` percent of the sorted values lie (nearest rank). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Responses that were not 2xx, by status. */
export function non2xx(r: LoadResult): number {
  let n = 0;
  for (const [status, count] of r.statuses) if (status < 200 || status > 299) n += count;
  return n;
}

/** The request client `i` repeats: its own session, and a path and body built for each request. */
function clientRequest(spec: LoadSpec, i: number): autocannon.Request {
  const session = spec.sessions[i % spec.sessions.length] as Session;
  let n = 0;
  return {
    method: spec.method,
    headers: {
      cookie: session.cookie,
      "x-csrf-token": session.csrfToken,
      ...(spec.method === "GET" ? {} : { "content-type": "application/json" }),
    },
    setupRequest: (req) => {
      const { path, body } = spec.next(i, n++);
      return { ...req, path, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
    },
    ...(spec.onResponse ? { onResponse: spec.onResponse } : {}),
  };
}

/**
 * Runs autocannon with `connections` keep-alive clients for `seconds`, recording the latency
 * and status of every response (autocannon's own summary has no 95th percentile).
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  const statuses = new Map<number, number>();
  let nextClient = 0;
  const options: autocannon.Options = {
    url: spec.baseUrl,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    setupClient: (client) => client.setRequests([clientRequest(spec, nextClient++)]),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
  });
  return {
    requests: count,
    seconds: result.duration,
    latencies: latencies.slice(0, count).sort(),
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
