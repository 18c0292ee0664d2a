import { createApp } from "../../apps/server/src/app.ts";
import { openNodeDatabase } from "../../apps/server/src/node.ts";
import { systemClock } from "../../apps/server/src/platform/clock.ts";
import { loadConfig } from "../../apps/server/src/platform/config.ts";

/*
 * The server under test, in a process of its own so that the load generator does not share its
 * event loop (it still shares the machine's cores). Configured by the environment the benchmark
 * passes, exactly as `sahabat serve` is; reports its port over IPC and stops when told to.
 */
const config = loadConfig(process.env);
const open = await openNodeDatabase(config);
const app = await createApp({ db: open.db, clock: systemClock, secrets: open.secrets, config });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;

async function stop() {
  await app.close();
  await open.close();
  process.exit(0);
}

process.on("message", (message) => {
  if (message === "stop") void stop();
});
process.on("disconnect", () => void stop());
process.send?.({ port, engine: open.engine });
