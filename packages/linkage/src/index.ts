// @sahabat/linkage: finding the records that describe the same person, and the identifiers that
// connect cases. Pure TypeScript, no I/O: the server, the CLI and the benchmarks share it.

export * from "./generator/index.ts";
export * from "./model/index.ts";
export * from "./names/index.ts";
export type { PersonRecord } from "./record.ts";
export * from "./selectors/index.ts";
