// Worker threads do not inherit the TypeScript loader bin/sahabat.js registers, so each worker
// registers tsx itself before loading the real worker, as bin/sahabat.js does for the CLI.
import { register } from "tsx/esm/api";

register();
await import("./hash-worker.ts");
