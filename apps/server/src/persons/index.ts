export {
  insertPerson,
  insertPersonRecord,
  type PersonIdentifyingRecord,
  type PersonValues,
  personColumns,
  personInsertValues,
  searchableNames,
  withPersonInsert,
} from "./queries.ts";
export { readPersonIdentifying, recordPersonRead, validatePersonAge } from "./service.ts";
export { updatePerson } from "./update.ts";
