import fs from "node:fs";
import { expect, it } from "vitest";
import { generateOpenApi, openApiPath } from "./openapi.ts";

it("the committed OpenAPI document matches the route schemas (run `npm run openapi` when it fails)", async () => {
  const committed = fs.readFileSync(openApiPath, "utf8");
  const generated = await generateOpenApi();
  expect(committed === generated).toBe(true);
  const doc = JSON.parse(generated);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/auth/sign-in", "/api/audit", "/api/users/{id}"]),
  );
});
