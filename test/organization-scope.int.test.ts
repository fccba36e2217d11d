// Every page reads through a query module that takes the organization; each
// one, given another organization, sees none of this one's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { toCurrentUser } from "@/lib/auth/to-current-user";
import { dashboardSummary } from "@/lib/dashboard/dashboard-summary";
import type { TDatabase } from "@/lib/db/client";
import { startExecution } from "@/lib/engine/start-execution";
import { getExecutionDetail } from "@/lib/executions/get-execution-detail";
import { listExecutions } from "@/lib/executions/list-executions";
import { getInterface } from "@/lib/interfaces/get-interface";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { saveSchedule } from "@/lib/schedules/save-schedule";
import { seedDemo } from "@/lib/seed/seed-demo";
import { findPreviewTaxNumber } from "@/lib/tickets/find-preview-ticket";
import { DATABASE_KINDS, openTestDatabase } from "./databases";

describe.each(DATABASE_KINDS)("page queries stay in their organization on %s", (kind) => {
  let database: TDatabase;
  let lse: string;
  let gva: string;
  let scheduleId: string;
  let executionId: number;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const { prisma } = database;
    await seedDemo(prisma);
    const operator = await prisma.user.findUniqueOrThrow({
      where: { email: "operator@lausanne.demo" },
      include: { organization: true },
    });
    const user = toCurrentUser(operator);
    lse = operator.organizationId;
    gva = (await prisma.organization.findUniqueOrThrow({ where: { code: "GVA" } })).id;
    ({ id: scheduleId } = await saveSchedule(prisma, user, {
      function: "PUSH_CANCELLED_TICKETS",
      raw: { name: "Cancelled", launchMode: "MANUAL", enabled: "on" },
    }));
    ({ executionId } = await startExecution(prisma, async () => undefined, {
      organizationId: lse,
      scheduleId,
      trigger: "MANUAL",
      userId: user.id,
    }));
  });
  afterAll(async () => {
    await database.close();
  });

  it("reads this organization's rows for it and none for another", async () => {
    const { prisma } = database;
    const since = new Date(Date.now() - 86_400_000);
    const read = async (organizationId: string) => ({
      schedules: (await listSchedules(prisma, organizationId)).map((s) => s.id),
      schedule: (await getSchedule(prisma, organizationId, scheduleId))?.id,
      executions: (await listExecutions(prisma, organizationId, {})).rows.map((e) => e.id),
      execution: (await getExecutionDetail(prisma, organizationId, { id: executionId }))?.execution.id,
      audit: (await listAuditEntries(prisma, organizationId)).map((a) => a.entityId),
      dashboard: (await dashboardSummary(prisma, organizationId, since)).executions.map((e) => e.id),
      interface: (await getInterface(prisma, organizationId))?.organizationId,
      previewTicket: await findPreviewTaxNumber(prisma, organizationId),
    });
    const own = await read(lse);
    expect(own).toMatchObject({
      schedules: [scheduleId],
      schedule: scheduleId,
      executions: [executionId],
      execution: executionId,
      dashboard: [executionId],
      interface: lse,
    });
    // Saving the schedule is audited (starting its run may be too).
    expect(own.audit).toContain(scheduleId);
    expect(own.previewTicket).toMatch(/^LSE/);
    const other = await read(gva);
    expect(other).toMatchObject({
      schedules: [],
      schedule: undefined,
      executions: [],
      execution: undefined,
      audit: [],
      dashboard: [],
      interface: gva,
    });
    expect(other.previewTicket).not.toMatch(/^LSE/);
  });
});
