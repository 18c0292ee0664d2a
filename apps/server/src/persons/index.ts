export { insertPerson, searchableNames } from "./queries.ts";
export { readPersonIdentifying, validatePersonAge } from "./service.ts";
export { updatePerson } from "./update.ts";
