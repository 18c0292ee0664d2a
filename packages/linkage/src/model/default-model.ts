// The model the server scores with until an agency trains its own: trained without labels on
// generated regional records (see apps/server/src/linkage/default-model/). Parsed and checked
// once, on first use.
import json from "./default-model.json" with { type: "json" };
import { type Model, parseModel } from "./model.ts";

let parsed: Model | undefined;

export function defaultModel(): Model {
  parsed ??= parseModel(json);
  return parsed;
}
