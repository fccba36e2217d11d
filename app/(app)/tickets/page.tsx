import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/format";
import { hrefWith } from "@/components/href-with";
import { KeysetPager } from "@/components/keyset-pager";
import { TICKET_STATUS_LABELS, TicketStatusBadge, TixngoStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { TicketStatus, TixngoStatus } from "@/lib/generated/prisma/enums";
import { performanceOptions } from "@/lib/tickets/performance-options";
import { searchTickets, ZTicketSearch } from "@/lib/tickets/search-tickets";
import { STATUS_LABELS } from "@/lib/tixngo/statuses";
import { CancelTicketsForm } from "./cancel-tickets-form";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("view");
  const operator = can(user.role, "operate");
  const search = ZTicketSearch.parse(await searchParams);
  const prisma = await db();
  const [{ rows, total, offset, nextAfter, prevBefore }, performances] = await Promise.all([
    searchTickets(prisma, user.organizationId, search),
    performanceOptions(prisma, user.organizationId),
  ]);
  const filters = { q: search.q, status: search.status, tixngo: search.tixngo, performance: search.performance };
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between">
        <h1>Tickets</h1>
        {operator && (
          <Link href="/tickets/access-control" className="btn" data-testid="access-control-link">
            Access-control import
          </Link>
        )}
      </div>
      <form className="card flex flex-wrap items-end gap-3 p-4" role="search">
        <div className="min-w-64 flex-1">
          <label className="label" htmlFor="q">
            Tax number, name, e-mail or file number
          </label>
          <input
            id="q"
            name="q"
            className="input"
            defaultValue={search.q}
            placeholder="LSE26100042, Anna Muller, anna@example.ch, LSE26000012"
          />
        </div>
        <div>
          <label className="label" htmlFor="status">
            S-360 status
          </label>
          <select id="status" name="status" className="input" defaultValue={search.status ?? ""}>
            <option value="">Any</option>
            {Object.values(TicketStatus).map((s) => (
              <option key={s} value={s}>
                {TICKET_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="label" htmlFor="tixngo">
            TIXNGO status
          </label>
          <select id="tixngo" name="tixngo" className="input" defaultValue={search.tixngo ?? ""}>
            <option value="">Any</option>
            {Object.values(TixngoStatus).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="label" htmlFor="performance">
            Performance
          </label>
          <select id="performance" name="performance" className="input" defaultValue={search.performance ?? ""}>
            <option value="">Any</option>
            {performances.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name} · {formatDateTime(p.startsAt, user.timeZone)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          Search
        </button>
        <Link href="/tickets" className="btn">
          Clear
        </Link>
        <a className="btn" href={hrefWith("/api/tickets/export", filters)} download data-testid="export-csv">
          Export CSV
        </a>
      </form>
      <div className="card overflow-x-auto">
        {rows.length === 0 ? (
          <p className="muted p-4" data-testid="no-tickets">
            No ticket matches this search.
          </p>
        ) : (
          <table className="table" data-testid="tickets-table">
            <thead>
              <tr>
                <th>Tax number</th>
                <th>Product / performance</th>
                <th>Cultural contact</th>
                <th>File</th>
                <th>S-360</th>
                <th>TIXNGO</th>
                <th>Last sync</th>
                {operator && (
                  <th>
                    <span className="sr-only">Select</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((t) => (
                <tr key={t.id}>
                  <td className="font-mono">
                    <Link className="text-indigo-700 hover:underline" href={`/tickets/${t.id}`}>
                      {t.taxNumber}
                    </Link>
                  </td>
                  <td>{t.performance?.name ?? t.product.name}</td>
                  <td>
                    {t.culturalContact ? (
                      <>
                        {t.culturalContact.firstName} {t.culturalContact.lastName}
                        <div className="muted">{t.culturalContact.email}</div>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="font-mono">{t.file.number}</td>
                  <td>
                    <TicketStatusBadge status={t.status} />
                  </td>
                  <td>
                    <TixngoStatusBadge status={t.tixngoStatus} />
                  </td>
                  <td>{formatDateTime(t.tixngoLastSyncAt, user.timeZone)}</td>
                  {operator && (
                    <td>
                      <input
                        type="checkbox"
                        name="ticketIds"
                        value={t.id}
                        form="bulk-cancel"
                        aria-label={`Select ${t.taxNumber}`}
                        data-testid={`select-${t.taxNumber}`}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {operator && rows.length > 0 && (
          <div className="border-t border-slate-200 p-4">
            <CancelTicketsForm id="bulk-cancel" label="Cancel the selected tickets…" testId="bulk-cancel" />
          </div>
        )}
        <KeysetPager
          path="/tickets"
          filters={filters}
          offset={offset}
          shown={rows.length}
          total={total}
          nextAfter={nextAfter}
          prevBefore={prevBefore}
        />
      </div>
    </div>
  );
}
