// The TIXNGO simulator as a process of its own (as in production, TIXNGO is
// another host): its CPU time is not the bench's, and neither is its memory.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";

export type TSimulatorProcess = {
  url: string;
  apiUrl: string;
  adminToken: string;
  /** Calls a /_sim/ control and returns its JSON answer. */
  control<T>(path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
};

export async function startSimulatorProcess(keys: Record<string, string>): Promise<TSimulatorProcess> {
  const adminToken = randomBytes(12).toString("hex");
  const child = spawn("tsx", ["simulator/main.ts"], {
    env: {
      ...process.env,
      SIM_PORT: "0",
      SIM_ADMIN_TOKEN: adminToken,
      SIM_KEYS: Object.entries(keys)
        .map(([organizer, key]) => `${organizer}=${key}`)
        .join(","),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /TIXNGO simulator on (http:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`The simulator exited (${code}) before listening.`)));
  });
  return {
    url,
    apiUrl: `${url}/v3/organizer`,
    adminToken,
    async control<T>(path: string, body?: unknown) {
      const res = await fetch(`${url}/_sim/${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { "x-sim-token": adminToken, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`Simulator /_sim/${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
