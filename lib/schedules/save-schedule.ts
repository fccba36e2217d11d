import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScheduleFunction } from "@/lib/generated/prisma/enums";
import { readParameters } from "@/lib/functions/parameters";
import { FUNCTIONS, type TSettingsOf } from "@/lib/functions/registry";
import { nextRunAt } from "./next-run";
import { ZScheduleCommon } from "./settings";
import { readWallTimes } from "./read-wall-times";

/** Creates or updates a schedule from the wizard's fields; validation errors come back per field. */
export async function saveSchedule(
  prisma: TPrisma,
  user: TCurrentUser,
  input: {
    id?: string;
    function: ScheduleFunction;
    raw: Record<string, unknown>;
    /** Retrieve-status replay file, staged (and checked) by the upload route; `null` removes the stored one. */
    upload?: { stagedId: string } | null;
  },
): Promise<{ id: string }> {
  const existing = input.id
    ? await prisma.schedule.findFirst({ where: { id: input.id, organizationId: user.organizationId } })
    : null;
  if (input.id && !existing) throw new AppError("NOT_FOUND", "This schedule does not exist in your organization.");
  if (existing && existing.function !== input.function)
    throw new AppError("INVALID_INPUT", "A schedule's function cannot change: create a new schedule.");
  // Typed times are wall-clock times of the user's zone; from here on they are instants.
  const raw = readWallTimes(input.raw, user.timeZone);
  // Both halves are checked before answering, so every field shows its error at once.
  const commonResult = ZScheduleCommon.safeParse(raw);
  const settingsResult = FUNCTIONS[input.function].settings.safeParse(raw);
  if (!commonResult.success || !settingsResult.success) {
    const issues = [...(commonResult.error?.issues ?? []), ...(settingsResult.error?.issues ?? [])];
    throw new AppError(
      "INVALID_INPUT",
      "Some fields need attention.",
      z.flattenError(new z.ZodError(issues)).fieldErrors as Record<string, string[]>,
    );
  }
  const common = commonResult.data;
  const settings = settingsResult.data;
  let replay: { id: string; fileName: string; content: string; sizeBytes: number } | null | undefined;
  if (input.upload && input.function === "RETRIEVE_TICKET_STATUS") {
    // Only the user's own staged file, already checked line by line when it was uploaded.
    replay = await prisma.stagedUpload.findFirst({
      where: { id: input.upload.stagedId, userId: user.id, organizationId: user.organizationId },
      select: { id: true, fileName: true, content: true, sizeBytes: true },
    });
    if (!replay)
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        replayFile: ["The chosen file is no longer available: choose it again."],
      });
  } else if (input.upload === null) {
    replay = null;
  }
  const iface = await prisma.interface.findUnique({ where: { organizationId: user.organizationId } });
  if (!iface)
    throw new AppError(
      "CONFLICT",
      "Set up the organization's TIXNGO interface first (an admin does it under Interfaces).",
    );
  if (input.function === "TICKET_INJECTION")
    await checkInjectionCodes(prisma, user.organizationId, settings as TSettingsOf<"TICKET_INJECTION">);

  const timing = {
    launchMode: common.launchMode,
    enabled: common.enabled,
    frequencyMinutes:
      common.launchMode === "AUTOMATIC" && common.frequencyKind === "MINUTES"
        ? (common.frequencyMinutes ?? null)
        : null,
    cron: common.launchMode === "AUTOMATIC" && common.frequencyKind === "CRON" ? (common.cron ?? null) : null,
    startAt: common.startAt ?? null,
    endAt: common.endAt ?? null,
    timeZone: user.timeZone,
  };
  const data = {
    name: common.name,
    ...timing,
    notifyOnWarning: common.notifyOnWarning,
    settings: JSON.parse(JSON.stringify(settings)) as Prisma.InputJsonValue,
    nextRunAt: nextRunAt(timing, new Date(), readParameters(iface.customParameters)),
  };
  // Retrieve-status: the operator may override the stored pagination key (the form warns).
  const newKey =
    input.function === "RETRIEVE_TICKET_STATUS" && typeof input.raw.paginationKey === "string"
      ? input.raw.paginationKey.trim() || null
      : undefined;
  if (newKey && !/^[\x21-\x7E]{1,512}$/.test(newKey))
    throw new AppError("INVALID_INPUT", "Some fields need attention.", {
      paginationKey: ["A pagination key is at most 512 visible characters, as TIXNGO gives it."],
    });
  const keyOverridden = newKey !== undefined && (existing?.paginationKey ?? null) !== newKey;

  try {
    return await prisma.$transaction(async (tx) => {
      const saved = existing
        ? await tx.schedule.update({
            where: { id: existing.id },
            data: { ...data, ...(keyOverridden ? { paginationKey: newKey } : {}) },
          })
        : await tx.schedule.create({
            data: {
              ...data,
              organizationId: user.organizationId,
              interfaceId: iface.id,
              function: input.function,
              createdById: user.id,
              paginationKey: newKey ?? null,
            },
          });
      if (replay !== undefined) {
        // One file per schedule: a new upload replaces the previous one.
        await tx.scheduleUpload.deleteMany({ where: { scheduleId: saved.id } });
        if (replay) {
          const { id: stagedId, ...file } = replay;
          await tx.scheduleUpload.create({ data: { ...file, scheduleId: saved.id } });
          await tx.stagedUpload.delete({ where: { id: stagedId } });
        }
      }
      const label = FUNCTIONS[input.function].label;
      await recordAudit(tx, {
        organizationId: user.organizationId,
        userId: user.id,
        action: existing ? "schedule.update" : "schedule.create",
        entityType: "Schedule",
        entityId: saved.id,
        summary: `${existing ? "Changed" : "Created"} ${label} schedule "${saved.name}"${keyOverridden && existing ? " and overrode its pagination key" : ""}${replay ? `, with the file ${replay.fileName} to process` : replay === null ? ", removing its file" : ""}.`,
        changes: {
          ...timing,
          startAt: timing.startAt?.toISOString() ?? null,
          endAt: timing.endAt?.toISOString() ?? null,
          settings: data.settings,
          paginationKeyOverridden: keyOverridden,
        },
      });
      return { id: saved.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        name: ["Another schedule of your organization already has this name."],
      });
    }
    throw error;
  }
}

/** Filters name codes of the organization's catalog: an unknown code is refused, not silently matching nothing. */
async function checkInjectionCodes(prisma: TPrisma, organizationId: string, settings: TSettingsOf<"TICKET_INJECTION">) {
  const where = { organizationId };
  const [channels, pos, seasons, products, performances, tariffs, categories] = await Promise.all([
    prisma.salesChannel.findMany({ where, select: { code: true } }),
    prisma.pointOfSale.findMany({ where, select: { code: true, salesChannel: { select: { code: true } } } }),
    prisma.season.findMany({ where, select: { code: true } }),
    prisma.product.findMany({ where, select: { code: true, family: true } }),
    prisma.performance.findMany({ where, select: { code: true } }),
    prisma.tariff.findMany({ where, select: { code: true } }),
    prisma.seatCategory.findMany({ where, select: { code: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  const check = (field: string, values: string[], known: string[], what: string) => {
    const unknown = values.filter((v) => !known.includes(v));
    if (unknown.length > 0) errors[field] = [`Unknown ${what}: ${unknown.join(", ")}.`];
  };
  check(
    "salesChannels",
    settings.salesChannels,
    channels.map((c) => c.code),
    "sales channel",
  );
  check(
    "seasons",
    settings.seasons,
    seasons.map((s) => s.code),
    "season",
  );
  check("productFamilies", settings.productFamilies, [...new Set(products.map((p) => p.family))], "product family");
  check(
    "products",
    settings.products,
    products.map((p) => p.code),
    "product",
  );
  check(
    "performances",
    settings.performances,
    performances.map((p) => p.code),
    "performance",
  );
  check(
    "tariffs",
    settings.tariffs,
    tariffs.map((t) => t.code),
    "tariff",
  );
  check(
    "seatCategories",
    settings.seatCategories,
    categories.map((c) => c.code),
    "seat category",
  );
  check(
    "printerSalesChannel",
    [settings.printerSalesChannel],
    channels.map((c) => c.code),
    "sales channel",
  );
  const printer = pos.find((p) => p.code === settings.printerPointOfSale);
  if (!printer) errors.printerPointOfSale = [`Unknown point of sale: ${settings.printerPointOfSale}.`];
  else if (printer.salesChannel.code !== settings.printerSalesChannel) {
    errors.printerPointOfSale = [
      `Point of sale ${printer.code} belongs to sales channel ${printer.salesChannel.code}.`,
    ];
  }
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", "Some fields need attention.", errors);
}
