export { InputFileError, parseColumnMap } from "./column-map.ts";
export { evaluate, formatEvaluation, type LinkFileOptions, linkFiles } from "./run-files.ts";
