export { backfillPersonMatchKeys, refreshPersonMatchKeys } from "./match-keys.ts";
