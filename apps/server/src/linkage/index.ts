export {
  backfillPersonMatchKeys,
  MATCH_KEYS_VERSION,
  type PersonMatchRow,
  refreshPersonMatchKeys,
  storedKeysOf,
} from "./match-keys.ts";
export { refreshNodeNameFrequencies } from "./name-frequencies.ts";
export { PROBABLE_MATCH_THRESHOLD, selectProbableHolders } from "./probable-holders.ts";
