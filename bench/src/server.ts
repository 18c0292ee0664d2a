import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";

/** A running server process under test. */
export type ServerUnderTest = {
  baseUrl: string;
  engine: string;
  stop(): Promise<void>;
};

const entry = path.join(import.meta.dirname, "server-process.ts");

/** Starts the server in its own Node process with the given environment and waits until it listens. */
export function startServer(env: Record<string, string>): Promise<ServerUnderTest> {
  const child = fork(entry, [], {
    // BENCH_CPU_PROF_DIR: write a V8 CPU profile of the server process there, to find hot spots.
    execArgv: [
      "--import",
      "tsx",
      ...(process.env.BENCH_CPU_PROF_DIR
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
        : []),
    ],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`the server process exited before listening (code ${code})`));
    child.once("exit", onExit);
    child.once("error", reject);
    child.once("message", (message: { port: number; engine: string }) => {
      child.off("exit", onExit);
      resolve({
        baseUrl: `http://127.0.0.1:${message.port}`,
        engine: message.engine,
        stop: () => stopChild(child),
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.send("stop");
  });
}
