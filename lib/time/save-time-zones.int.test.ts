import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppError } from "@/lib/errors/app-error";
import { toCurrentUser, type TCurrentUser } from "@/lib/auth/to-current-user";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase } from "@/test/databases";
import { saveTimeZones, ZTimeZones } from "./save-time-zones";

describe("saveTimeZones", () => {
  let database: TDatabase;
  const userOf = async (email: string): Promise<TCurrentUser> => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
    return toCurrentUser(user);
  };

  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemo(database.prisma);
  });
  afterAll(() => database.close());

  it("lets a user pick their own zone and go back to the organization's", async () => {
    const operator = await userOf("operator@lausanne.demo");
    expect(operator.timeZone).toBe("Europe/Zurich");
    await saveTimeZones(database.prisma, operator, ZTimeZones.parse({ userTimeZone: "America/New_York" }));
    expect((await userOf("operator@lausanne.demo")).timeZone).toBe("America/New_York");
    await saveTimeZones(database.prisma, operator, ZTimeZones.parse({ userTimeZone: "" }));
    expect((await userOf("operator@lausanne.demo")).timeZone).toBe("Europe/Zurich");
  });

  it("refuses an unknown zone next to its field and an operator changing the organization's", async () => {
    const operator = await userOf("operator@lausanne.demo");
    expect(ZTimeZones.safeParse({ userTimeZone: "Mars/Olympus" }).error?.issues[0]?.message).toBe(
      "Not a known time zone (e.g. Europe/Zurich).",
    );
    await expect(
      saveTimeZones(database.prisma, operator, { organizationTimeZone: "Europe/London" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" } satisfies Partial<AppError>);
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
