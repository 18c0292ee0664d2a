/*
 * The seeded generator of fictional Southeast Asian persons and their corrupted records, for
 * testing and benchmarking the linkage engine. Pure: no I/O, no clock, no Math.random.
 */

export { corruptionKinds } from "./corruptions.ts";
export {
  type GeneratorOptions,
  generatePersons,
  indexEntities,
  iterateRecords,
  listTruePairs,
  type RecordsPerPerson,
} from "./generator.ts";
export { Random } from "./random.ts";
export { type RegistrationName, registrationName } from "./registration-name.ts";
export { type GeneratedRecord, type Group, groups, nationalityOf } from "./types.ts";
export { encodeZawgyi } from "./zawgyi.ts";
