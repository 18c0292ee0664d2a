import os from "node:os";
import { Worker } from "node:worker_threads";
// sharp's advice for worker threads on glibc Linux: load it in the main thread before any worker,
// so its shared libraries stay loaded until every thread has finished.
import "sharp";
import { Invalid } from "../platform/errors.ts";
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from "./decode-image.ts";
import type { FingerprintOptions, ImageFingerprint } from "./fingerprint.ts";
import type { HashAnswer } from "./worker-protocol.ts";

const WORKER_URL = new URL("./hash-worker.mjs", import.meta.url);

/** Options of {@link createHashPool}. */
export interface HashPoolOptions {
  /** Worker threads; by default one per core, at most 8. */
  size?: number;
  /** A job running longer is stopped (its worker replaced) and refused; default 60 s. */
  timeoutMs?: number;
  limits?: Partial<ImageLimits>;
}

/** Per-job options: the pre-shrink, whether to add the eight orientation hashes, border trimming. */
export type HashJobOptions = Pick<
  FingerprintOptions,
  "preshrink" | "withOrientations" | "trimBorders"
>;

/** Decoding and hashing off the main thread, so a large upload never stalls the server. */
export interface HashPool {
  /**
   * Fingerprints an image held in memory. The bytes are copied and the copy handed to a worker
   * (transferred, not cloned again); nothing touches the disk. Rejects with `Invalid("file")` for
   * a file the limits or the decoder refuse.
   */
  fingerprint(bytes: Uint8Array, options?: HashJobOptions): Promise<ImageFingerprint>;
  /** Stops the workers; queued jobs are refused. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  /** Our own copy: its whole buffer can be transferred. */
  bytes: Uint8Array<ArrayBuffer>;
  options: FingerprintOptions;
  resolve(fingerprint: ImageFingerprint): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

/** A pool of hashing workers, started on first use and sized to the machine's cores. */
export function createHashPool(options: HashPoolOptions = {}): HashPool {
  const size = options.size ?? Math.max(1, Math.min(os.availableParallelism(), 8));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const limits: ImageLimits = { ...DEFAULT_IMAGE_LIMITS, ...options.limits };
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job | undefined>();
  let nextId = 1;
  let isClosed = false;

  function settle(worker: Worker, job: Job) {
    clearTimeout(job.timer);
    running.set(worker, undefined);
    idle.push(worker);
    worker.unref(); // an idle pool never keeps the process alive
  }

  function retire(worker: Worker, error: Error) {
    if (!running.has(worker)) return;
    const job = running.get(worker);
    running.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (job) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    void worker.terminate();
    dispatch();
  }

  function spawn(): Worker {
    const worker = new Worker(WORKER_URL);
    running.set(worker, undefined);
    worker.on("message", (answer: HashAnswer) => {
      const job = running.get(worker);
      if (!job || job.id !== answer.id) return;
      settle(worker, job);
      if (answer.ok) job.resolve(answer.fingerprint);
      else
        job.reject(
          answer.field
            ? new Invalid(answer.field, answer.message, answer.code)
            : new Error(answer.message),
        );
      dispatch();
    });
    worker.on("error", (error) =>
      retire(worker, new Error(`The hashing worker failed: ${error.message}`)),
    );
    worker.on("exit", (code) =>
      retire(worker, new Error(`The hashing worker stopped (code ${code})`)),
    );
    return worker;
  }

  function dispatch() {
    while (queue.length > 0 && !isClosed) {
      const worker = idle.pop() ?? (running.size < size ? spawn() : undefined);
      if (!worker) return;
      const job = queue.shift()!;
      running.set(worker, job);
      worker.ref();
      job.timer = setTimeout(
        () =>
          retire(
            worker,
            new Invalid(
              "file",
              `Decoding and hashing took over ${timeoutMs / 1000} s`,
              "file_too_complex",
            ),
          ),
        timeoutMs,
      );
      worker.postMessage({ id: job.id, bytes: job.bytes, options: job.options }, [
        job.bytes.buffer,
      ]);
    }
  }

  return {
    fingerprint(bytes, jobOptions = {}) {
      if (isClosed) return Promise.reject(new Error("The hashing pool is closed"));
      if (bytes.byteLength > limits.maxBytes) {
        const megabytes = (limits.maxBytes / (1024 * 1024)).toFixed(1);
        return Promise.reject(
          new Invalid("file", `The file is over the limit of ${megabytes} MB`, "file_too_large"),
        );
      }
      return new Promise<ImageFingerprint>((resolve, reject) => {
        // A copy with its own buffer: transferring the caller's could detach memory it shares.
        // (Not `bytes.slice()`: on a Node Buffer that is a view, not a copy.)
        const copy = new Uint8Array(bytes);
        queue.push({
          id: nextId++,
          bytes: copy,
          options: { ...jobOptions, limits },
          resolve,
          reject,
        });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) job.reject(new Error("The hashing pool is closed"));
      const workers = [...running.keys()];
      for (const worker of workers) retire(worker, new Error("The hashing pool is closed"));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
