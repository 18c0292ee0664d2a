export { backfillPersonMatchKeys, refreshPersonMatchKeys } from "./match-keys.ts";
export { PROBABLE_MATCH_THRESHOLD, selectProbableHolders } from "./probable-holders.ts";
