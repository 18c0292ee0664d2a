export * from "./audit.ts";
export * from "./auth.ts";
export * from "./organisations.ts";
export * from "./problem.ts";
export * from "./text.ts";
export * from "./users.ts";
export * from "./vocabulary.ts";
