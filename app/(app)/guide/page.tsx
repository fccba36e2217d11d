import type { Metadata } from "next";
import { TixngoStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { HISTORY_MODE_REFUSAL } from "@/lib/functions/parameters";
import { STATUS_FAMILIES } from "@/lib/tixngo/statuses";

export const metadata: Metadata = { title: "TIXNGO statuses" };

export default async function GuidePage() {
  await requirePage("view");
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1>TIXNGO lifecycle statuses</h1>
        <p className="muted">
          The mobile status stored on each ticket by the retrieve-status function. The S-360 status does not change with
          it.
        </p>
      </div>
      <div className="grid gap-3 md:grid-cols-2" data-testid="status-families">
        {STATUS_FAMILIES.map((group) => (
          <section key={group.family} className="card p-4">
            <h2>{group.label}</h2>
            <p className="muted mb-2">{group.meaning}</p>
            <div className="flex flex-wrap gap-1.5">
              {group.statuses.map((s) => (
                <TixngoStatusBadge key={s} status={s} />
              ))}
            </div>
          </section>
        ))}
      </div>
      <section className="card border-amber-200 bg-amber-50 p-4">
        <h2>Lifecycle mode only</h2>
        <p className="mt-1 text-sm">{HISTORY_MODE_REFUSAL}</p>
      </section>
    </div>
  );
}
