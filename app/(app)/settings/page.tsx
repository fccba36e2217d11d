import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { TimeZoneForm } from "@/components/time-zone-form";
import { requirePage } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { timeZoneOptions } from "@/lib/time/time-zone";
import { saveTimeZonesAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePage("view");
  const own = await (await db()).user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } });
  return (
    <div className="space-y-4">
      <h1>Settings</h1>
      <p className="muted" data-testid="current-time">
        Times are shown and typed in {user.timeZone}: it is now {formatDateTime(new Date(), user.timeZone)}.
      </p>
      <TimeZoneForm
        action={saveTimeZonesAction}
        zones={timeZoneOptions()}
        userTimeZone={own.timeZone}
        organizationTimeZone={user.organizationTimeZone}
        canChangeOrganization={can(user.role, "administer")}
      />
    </div>
  );
}
