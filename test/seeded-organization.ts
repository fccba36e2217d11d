// The setup most run-level integration tests share: a simulator with the demo
// organization's key, a migrated database of the given kind seeded with the
// demo data pointing at it, and the Lausanne organization's ids and operator.
import type { TCurrentUser } from "@/lib/auth/current-user";
import { toCurrentUser } from "@/lib/auth/to-current-user";
import type { TDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startSimulator, type TSimulator } from "@/simulator/server";
import { openTestDatabase, type TDatabaseKind } from "./databases";

export type TSeededOrganization = {
  database: TDatabase;
  sim: TSimulator;
  orgId: string;
  interfaceId: string;
  operator: TCurrentUser;
  close(): Promise<void>;
};

export async function openSeededOrganization(
  kind: TDatabaseKind,
  options: { deletionDelayMs?: number; now?: Date } = {},
): Promise<TSeededOrganization> {
  const sim = await startSimulator({
    port: 0,
    quiet: true,
    deletionDelayMs: options.deletionDelayMs,
    keys: [["LSE", "demo-key-lse"]],
  });
  const database = await openTestDatabase(kind);
  await seedDemo(database.prisma, { tixngoUrl: sim.apiUrl, now: options.now });
  const org = await database.prisma.organization.findUniqueOrThrow({
    where: { code: "LSE" },
    include: { interfaces: true },
  });
  const operator = toCurrentUser(
    await database.prisma.user.findFirstOrThrow({
      where: { organizationId: org.id, role: "OPERATOR" },
      include: { organization: true },
    }),
  );
  return {
    database,
    sim,
    orgId: org.id,
    interfaceId: org.interfaces[0]!.id,
    operator,
    async close() {
      await database.close();
      await sim.close();
    },
  };
}
