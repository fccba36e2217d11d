// The TIXNGO simulator's HTTP server: the organizer API of TIXNGO under
// /v3/organizer/ (organizer-api.ts), the simulator's own controls under /_sim/
// (sim-api.ts) and a console page at /.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ErrorCode } from "@/lib/tixngo/contract";
import { consolePage } from "./console-page";
import { Faults } from "./faults";
import { HttpError, sendJson } from "./http";
import { API_PREFIX, organizerApi } from "./organizer-api";
import { simApi } from "./sim-api";
import { SimState, type TSimSnapshot } from "./state";

export { API_PREFIX } from "./organizer-api";
export { SIM_TOKEN_HEADER } from "./sim-api";

export type TSimulatorOptions = {
  port?: number;
  host?: string;
  adminToken?: string;
  /** Organizer keys created at start: [organizer, key]. */
  keys?: [string, string][];
  deletionDelayMs?: number;
  snapshotPath?: string;
  random?: () => number;
  quiet?: boolean;
};

export type TSimulator = {
  url: string;
  apiUrl: string;
  adminToken: string;
  state: SimState;
  faults: Faults;
  close(): Promise<void>;
};

export async function startSimulator(options: TSimulatorOptions = {}): Promise<TSimulator> {
  const adminToken = options.adminToken ?? "sim-admin";
  const snapshot =
    options.snapshotPath && existsSync(options.snapshotPath)
      ? (JSON.parse(readFileSync(options.snapshotPath, "utf8")) as TSimSnapshot)
      : undefined;
  const state = new SimState({ deletionDelayMs: options.deletionDelayMs ?? 3000 }, snapshot);
  for (const [organizer, key] of options.keys ?? []) state.addKey(organizer, key);
  const faults = new Faults(options.random);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError)
        return sendJson(res, error.status, {
          error: { code: error.code, message: error.message, details: error.details },
        });
      if (!options.quiet) console.error("[sim] unexpected error", error);
      sendJson(res, 500, { error: { code: ErrorCode.INTERNAL, message: "Simulator error." } });
    });
  });

  const organizer = organizerApi({ state, faults });
  const controls = simApi({ state, faults, adminToken });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://sim");
    const path = url.pathname;
    if (path.startsWith(API_PREFIX)) return organizer(req, res, url, path.slice(API_PREFIX.length));
    if (path === "/" || path === "/index.html") {
      if (url.searchParams.get("token") !== adminToken) {
        res
          .writeHead(401, { "content-type": "text/plain" })
          .end("Open the console with ?token=<admin token> (SIM_ADMIN_TOKEN).");
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(consolePage(adminToken));
      return;
    }
    if (path.startsWith("/_sim/")) return controls(req, res, url, path.slice("/_sim/".length));
    throw new HttpError(404, ErrorCode.NOT_FOUND, `No route for ${req.method} ${path}.`);
  }

  // ─── Organizer API ─────────────────────────────────────────────────────

  // ─── Simulator controls ────────────────────────────────────────────────

  // ─── Lifecycle of the server ───────────────────────────────────────────

  const sweeper = setInterval(() => state.confirmDeletions(), 250);
  const saveSnapshot = () => {
    if (!options.snapshotPath || !state.takeDirty()) return;
    const tmp = `${options.snapshotPath}.tmp`;
    writeFileSync(tmp, JSON.stringify(state.snapshot()));
    renameSync(tmp, options.snapshotPath);
  };
  const saver = options.snapshotPath ? setInterval(saveSnapshot, 2000) : undefined;

  await new Promise<void>((resolve) => server.listen(options.port ?? 4010, options.host ?? "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${address.port}`;
  return {
    url,
    apiUrl: `${url}${API_PREFIX}tickets`,
    adminToken,
    state,
    faults,
    async close() {
      clearInterval(sweeper);
      if (saver) clearInterval(saver);
      saveSnapshot();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
