import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionError } from "@/lib/actions/action-state";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase } from "@/test/databases";
import { saveTimeZones } from "./save-time-zones";

describe("saveTimeZones", () => {
  let database: TDatabase;
  const userOf = async (email: string): Promise<TCurrentUser> => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
    return {
      ...user,
      organizationName: user.organization.name,
      timeZone: user.timeZone ?? user.organization.timeZone,
      organizationTimeZone: user.organization.timeZone,
    };
  };

  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemo(database.prisma);
  });
  afterAll(() => database.close());

  it("lets a user pick their own zone and go back to the organization's", async () => {
    const operator = await userOf("operator@lausanne.demo");
    expect(operator.timeZone).toBe("Europe/Zurich");
    await saveTimeZones(database.prisma, operator, { userTimeZone: "America/New_York" });
    expect((await userOf("operator@lausanne.demo")).timeZone).toBe("America/New_York");
    await saveTimeZones(database.prisma, operator, { userTimeZone: "" });
    expect((await userOf("operator@lausanne.demo")).timeZone).toBe("Europe/Zurich");
  });

  it("refuses an unknown zone next to its field and an operator changing the organization's", async () => {
    const operator = await userOf("operator@lausanne.demo");
    await expect(saveTimeZones(database.prisma, operator, { userTimeZone: "Mars/Olympus" })).rejects.toMatchObject({
      fieldErrors: { userTimeZone: ["Not a known time zone (e.g. Europe/Zurich)."] },
    });
    await expect(
      saveTimeZones(database.prisma, operator, { organizationTimeZone: "Europe/London" }),
    ).rejects.toBeInstanceOf(ActionError);
    expect((await userOf("operator@lausanne.demo")).organizationTimeZone).toBe("Europe/Zurich");
  });

  it("lets an admin change the organization's zone, with an audit line", async () => {
    const admin = await userOf("admin@lausanne.demo");
    await saveTimeZones(database.prisma, admin, { organizationTimeZone: "Europe/London" });
    expect((await userOf("viewer@lausanne.demo")).timeZone).toBe("Europe/London");
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "organization.time-zone" } });
    expect(audit.summary).toBe("Changed the organization's time zone from Europe/Zurich to Europe/London.");
  });
});
