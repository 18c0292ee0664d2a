export {
  insertPerson,
  insertPersonRecord,
  type PersonIdentifyingRecord,
  searchableNames,
} from "./queries.ts";
export { readPersonIdentifying, recordPersonRead, validatePersonAge } from "./service.ts";
export { updatePerson } from "./update.ts";
