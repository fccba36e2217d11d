// Starts `next start` (or `next dev`) as a child process and waits until /api/health answers.
import { spawn, type ChildProcess } from "node:child_process";

export type TAppServer = { url: string; child: ChildProcess };

export async function startAppServer(
  options: { host?: string; port?: number; env?: Record<string, string>; mode?: "start" | "dev" } = {},
): Promise<TAppServer> {
  const host = options.host ?? process.env.HOST ?? "127.0.0.1";
  const port = options.port ?? Number(process.env.PORT ?? 3000);
  const child = spawn("next", [options.mode ?? "start", "-H", host, "-p", String(port)], {
    stdio: "inherit",
    // NEXT_MANUAL_SIG_HANDLE: the app's own handler (instrumentation.ts) stops
    // the embedded engine gracefully before exiting, instead of Next exiting at once.
    env: {
      ...process.env,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "1",
      ...options.env,
    },
  });
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before it was ready.`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill();
  throw new Error(`The app did not answer on ${url} within two minutes.`);
}

/**
 * Ctrl-C / SIGTERM is passed to the children, which stop gracefully (runs in
 * hand end INTERRUPTED); this process exits when they have, after `cleanup`.
 */
export function stopOnSignals(children: ChildProcess[], cleanup?: () => Promise<void>): void {
  let stopping = false;
  const exited = children.map(
    (child) => new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const child of children) child.kill(signal);
      void Promise.all(exited)
        .then(() => cleanup?.())
        .finally(() => process.exit(0));
    });
  }
  // A child that stops by itself takes this process with it.
  for (const promise of exited) void promise.then((code) => (stopping ? undefined : process.exit(code)));
}
