import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { toCurrentUser, type TCurrentUser } from "@/lib/auth/to-current-user";
import type { TDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createTixngoClient } from "@/lib/tixngo/client";
import { openTestDatabase } from "@/test/databases";
import { saveInterface } from "./save-interface";
import { testConnection } from "./test-connection";

const KEY = "the-secret-key-42";
type THost = { url: string; seen: IncomingHttpHeaders[]; server: Server };

/** A local HTTP server that records what it receives and answers as told. */
async function host(answer: (res: ServerResponse) => void): Promise<THost> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

describe("the key is bound to where it goes", () => {
  let hostile: THost;
  let redirecting: THost;
  let chatty: THost;
  beforeAll(async () => {
    hostile = await host((res) => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
    redirecting = await host((res) =>
      res.writeHead(302, { location: `${hostile.url}/v3/organizer/tickets/diff?limit=1` }).end(),
    );
    chatty = await host((res) => res.writeHead(500).end("INTERNAL-SECRET-PAGE root:x:0:0"));
  });
  afterAll(() => {
    for (const h of [hostile, redirecting, chatty]) h.server.close();
  });

  it("never follows a redirect, so the key does not reach another origin", async () => {
    const report = await testConnection(`${redirecting.url}/v3/organizer/tickets`, KEY);
    expect(report).toMatchObject({ ok: false, failure: "REDIRECTED" });
    expect(redirecting.seen).toHaveLength(1);
    expect(hostile.seen).toHaveLength(0);
  });

  it("reports a status and a classified reason, never the remote body", async () => {
    const report = await testConnection(`${chatty.url}/v3/organizer/tickets`, KEY);
    expect(report).toMatchObject({
      ok: false,
      failure: "SERVER",
      message: expect.stringMatching(/^TIXNGO answered 500\b/),
    });
    expect(JSON.stringify(report)).not.toContain("INTERNAL-SECRET");
  });

  it("does not call a private address the installation does not list", async () => {
    const client = createTixngoClient({ apiUrl: "http://169.254.169.254/v3/organizer/tickets", apiKey: KEY });
    await expect(client.diff({ limit: 1 })).rejects.toMatchObject({ failure: "DESTINATION" });
  });
});

describe("changing the interface's address needs the key again", () => {
  let database: TDatabase;
  let admin: TCurrentUser;
  const form = (apiUrl: string, apiKey = "") => ({
    name: "TIXNGO",
    type: "TIXNGO",
    apiUrl,
    username: "lse",
    apiKey,
    failureEmails: "",
    paramKey: "TIXNGO_LIFECYCLE_MODE",
    paramValue: "lifecycle",
  });
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemo(database.prisma, { tixngoUrl: "http://127.0.0.1:4010/v3/organizer/tickets" });
    const user = await database.prisma.user.findUniqueOrThrow({
      where: { email: "admin@lausanne.demo" },
      include: { organization: true },
    });
    admin = toCurrentUser(user);
  });
  afterAll(() => database.close());

  async function refusal(raw: Record<string, unknown>) {
    try {
      await saveInterface(database.prisma, admin, raw);
    } catch (error) {
      if (error instanceof AppError) return error.fieldErrors ?? {};
      throw error;
    }
    return null;
  }

  it("keeps the stored key on the same origin, refuses another origin without a key", async () => {
    const before = await database.prisma.interface.findUniqueOrThrow({
      where: { organizationId: admin.organizationId },
      select: { apiKeyCipher: true, apiUrl: true },
    });
    expect(await refusal(form("http://127.0.0.1:4010/v3/organizer/tickets/"))).toBeNull();
    expect((await refusal(form("http://127.0.0.1:9999/v3/organizer/tickets")))?.apiKey?.[0]).toMatch(
      /points to another address: enter the API key again/,
    );
    expect((await refusal(form("https://user:pw@api.tixngo.io/v3/organizer/tickets", "k")))?.apiUrl?.[0]).toMatch(
      /must not contain a user name or password/,
    );
    const after = await database.prisma.interface.findUniqueOrThrow({
      where: { organizationId: admin.organizationId },
      select: { apiKeyCipher: true, apiUrl: true },
    });
    expect(after.apiKeyCipher).toBe(before.apiKeyCipher);
    expect(await refusal(form("http://127.0.0.1:9999/v3/organizer/tickets", "a-new-key-1"))).toBeNull();
  });
});
