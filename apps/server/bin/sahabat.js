#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so no build step stands between `npm ci` and use.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
