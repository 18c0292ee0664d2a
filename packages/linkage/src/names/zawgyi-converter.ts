// Zawgyi → Unicode conversion, ported from Google's myanmar-tools (Apache-2.0, Copyright 2017
// Google LLC). The npm release 1.2.0 ships only the TypeScript sources and the rule files, not the
// built `build_node/` its index.js requires, so the package cannot be imported; its Z2U rules are
// copied verbatim into zawgyi-z2u-rules.json. Replace this file by the package's ZawgyiConverter
// once a release that loads is installed.
import data from "./zawgyi-z2u-rules.json" with { type: "json" };

interface Rule {
  pattern: RegExp;
  replacement: string;
  matchOnStart: boolean;
  revisit: boolean;
}

// Compiled once: the package's own converter rebuilds every RegExp on each call.
const PHASES: Rule[][] = (data.phases as (string | number)[][][]).map((phase) =>
  phase.map((rule) => ({
    pattern: new RegExp(`^${String(rule[0])}`),
    replacement: String(rule[1]),
    matchOnStart: rule[2] === 1,
    revisit: rule[3] !== undefined,
  })),
);

// One phase of the package's transliterator: at each position every rule is tried in order, a
// match replaces the matched prefix and (unless `revisit`) moves past the replacement.
function runPhase(rules: Rule[], input: string): string {
  let output = "";
  let rest = input;
  let atStart = true;
  while (rest.length > 0) {
    let matched = false;
    for (const rule of rules) {
      if (rule.matchOnStart && !atStart) continue;
      const m = rule.pattern.exec(rest);
      if (m === null) continue;
      matched = true;
      const rightSize = rest.length - m[0].length;
      rest = rest.replace(rule.pattern, rule.replacement);
      if (!rule.revisit) {
        const newStart = rest.length - rightSize;
        output += rest.substring(0, newStart);
        rest = rest.substring(newStart);
      }
    }
    if (!matched) {
      output += rest[0];
      rest = rest.substring(1);
    }
    atStart = false;
  }
  return output;
}

/** Converts Zawgyi-encoded Burmese text to standard Unicode (myanmar-tools' Z2U rules). */
export function convertZawgyiToUnicode(text: string): string {
  let out = text;
  for (const rules of PHASES) out = runPhase(rules, out);
  return out;
}
