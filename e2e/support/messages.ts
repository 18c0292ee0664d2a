import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";

const localesDir = path.resolve(import.meta.dirname, "../../apps/web/src/app/locales");

type Tree = { [key: string]: string | Tree };

/**
 * The web app's own messages in one language, so tests find buttons and fields by the words a
 * user reads. `text("auth:signIn.title")`, with ICU values where the message takes them.
 */
export function messagesIn(locale: "en" | "vi" | "th") {
  const cache = new Map<string, Tree>();
  const load = (ns: string): Tree => {
    let tree = cache.get(ns);
    if (!tree) {
      tree = JSON.parse(
        fs.readFileSync(path.join(localesDir, locale, `${ns}.json`), "utf8"),
      ) as Tree;
      cache.set(ns, tree);
    }
    return tree;
  };
  return (key: string, values?: Record<string, string | number>): string => {
    const [ns, dotted] = key.includes(":") ? key.split(":", 2) : ["common", key];
    let node: string | Tree | undefined = load(ns ?? "common");
    for (const part of (dotted ?? "").split(".")) {
      node = typeof node === "object" ? node[part] : undefined;
    }
    if (typeof node !== "string") throw new Error(`no message ${key} in ${locale}`);
    return String(new IntlMessageFormat(node, locale).format(values));
  };
}

export type Text = ReturnType<typeof messagesIn>;
