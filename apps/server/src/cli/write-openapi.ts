import fs from "node:fs";
import { generateOpenApi, openApiPath } from "./openapi.ts";

// `npm run openapi`: regenerates the committed OpenAPI document from the route schemas.
fs.writeFileSync(openApiPath, await generateOpenApi());
process.stdout.write(`Wrote ${openApiPath}\n`);
