import { parentPort } from "node:worker_threads";
import sharp from "sharp";
import { type DomainFieldCode, Invalid } from "../platform/errors.ts";
import { fingerprintImage } from "./fingerprint.ts";
import type { HashAnswer, HashJob } from "./worker-protocol.ts";

// No libvips operation cache: it would keep decoded uploads in memory after the job. One libvips
// thread per worker: the pool already spreads jobs over the cores.
sharp.cache(false);
sharp.concurrency(1);

const port = parentPort;
if (!port) throw new Error("hash-worker.ts runs only as a worker thread");

port.on("message", async (job: HashJob) => {
  let answer: HashAnswer;
  try {
    answer = { id: job.id, ok: true, fingerprint: await fingerprintImage(job.bytes, job.options) };
  } catch (error) {
    answer =
      error instanceof Invalid
        ? {
            id: job.id,
            ok: false,
            field: error.errors?.[0]?.field,
            message: error.message,
            code: error.errors?.[0]?.code as DomainFieldCode | undefined,
          }
        : { id: job.id, ok: false, message: "Hashing failed unexpectedly" };
  }
  port.postMessage(answer);
});
