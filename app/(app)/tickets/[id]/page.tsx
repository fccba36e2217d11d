import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate, formatDateTime, formatMoney } from "@/components/format";
import { SpectatorDetails } from "@/components/spectator-details";
import { TicketStatusBadge, TixngoStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ZSerialIdText } from "@/lib/db/ids";
import { can } from "@/lib/auth/roles";
import { getTicket } from "@/lib/tickets/get-ticket";
import { TicketOperations } from "./ticket-operations";

export const metadata: Metadata = { title: "Ticket" };

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

function contactName(c: { firstName: string; lastName: string; temporary: boolean } | null) {
  if (!c) return "—";
  return c.temporary ? "Pending CREATION (temporary)" : `${c.firstName} ${c.lastName}`;
}

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("view");
  const parsedId = ZSerialIdText.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const ticket = await getTicket(await db(), user.organizationId, id);
  if (!ticket) notFound();
  const holder = [ticket.holderFirstName, ticket.holderLastName].filter(Boolean).join(" ");
  return (
    <div className="space-y-4">
      <div className="flex items-baseline gap-3">
        <Link href="/tickets" className="text-sm text-indigo-700 hover:underline">
          ← Tickets
        </Link>
        <h1 className="font-mono" data-testid="ticket-tax-number">
          {ticket.taxNumber}
        </h1>
        <TicketStatusBadge status={ticket.status} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card p-4">
          <h2 className="mb-3">S-360</h2>
          <dl className="grid grid-cols-2 gap-3">
            <Field label="Status">
              <TicketStatusBadge status={ticket.status} />
            </Field>
            <Field label="Status changed">{formatDateTime(ticket.statusChangedAt, user.timeZone)}</Field>
            <Field label="Product">{ticket.product.name}</Field>
            <Field label="Performance">
              {ticket.performance
                ? `${ticket.performance.name} · ${formatDateTime(ticket.performance.startsAt, user.timeZone)}`
                : "—"}
            </Field>
            <Field label="Venue">
              {ticket.performance ? `${ticket.performance.site.name}, ${ticket.performance.site.city}` : "—"}
            </Field>
            <Field label="Seat">
              {ticket.block
                ? `Gate ${ticket.gate} · Block ${ticket.block} · Row ${ticket.row} · Seat ${ticket.seat}`
                : (ticket.seatCategory?.name ?? "—")}
            </Field>
            <Field label="Tariff">
              {ticket.tariff?.name ?? "—"} · {formatMoney(ticket.priceCents, ticket.currency)}
            </Field>
            <Field label="File">
              {ticket.file.number} · {ticket.file.salesChannel.name}
            </Field>
            <Field label="Purchaser">
              {contactName(ticket.file.purchaser)}
              <div className="muted">{ticket.file.purchaser.email}</div>
            </Field>
            <Field label="Cultural contact">
              <span data-testid="cultural-contact">{contactName(ticket.culturalContact)}</span>
              <div className="muted">{ticket.culturalContact?.email}</div>
            </Field>
            <Field label="Holder">
              {holder || "—"}
              {ticket.holderBirthDate && <div className="muted">Born {formatDate(ticket.holderBirthDate)}</div>}
            </Field>
            <Field label="Printed">
              {ticket.printedAt
                ? `${formatDateTime(ticket.printedAt, user.timeZone)} · ${ticket.printedBy?.name ?? ""}`
                : "—"}
            </Field>
            {ticket.invalidationReason && (
              <Field label="Invalidation reason">
                <span data-testid="invalidation-reason">{ticket.invalidationReason}</span>
              </Field>
            )}
            {ticket.statusNote && <Field label="Why (last operation)">{ticket.statusNote}</Field>}
            {ticket.controlledAt && (
              <Field label="Controlled">{formatDateTime(ticket.controlledAt, user.timeZone)}</Field>
            )}
            {ticket.replacedBy && (
              <Field label="Replaced by">
                <Link className="font-mono text-indigo-700 hover:underline" href={`/tickets/${ticket.replacedBy.id}`}>
                  {ticket.replacedBy.taxNumber}
                </Link>
              </Field>
            )}
            {ticket.replaces && (
              <Field label="Reprint of">
                <Link className="font-mono text-indigo-700 hover:underline" href={`/tickets/${ticket.replaces.id}`}>
                  {ticket.replaces.taxNumber}
                </Link>
              </Field>
            )}
          </dl>
        </section>
        <section className="card p-4" data-testid="tixngo-section">
          <h2 className="mb-3">TIXNGO</h2>
          <dl className="grid grid-cols-2 gap-3">
            <Field label="Mobile status">
              <TixngoStatusBadge status={ticket.tixngoStatus} />
            </Field>
            <Field label="Last sync">{formatDateTime(ticket.tixngoLastSyncAt, user.timeZone)}</Field>
            <Field label="Wallet owner">
              <SpectatorDetails value={ticket.tixngoOwner} empty="Not in a wallet yet." />
            </Field>
            <Field label="Holder / assignee">
              <SpectatorDetails value={ticket.tixngoHolder} empty="Not assigned." />
            </Field>
          </dl>
        </section>
      </div>
      {can(user.role, "operate") && <TicketOperations ticket={ticket} />}
      <section className="card">
        <h2 className="p-4 pb-2">Transaction log</h2>
        {ticket.transactions.length === 0 ? (
          <p className="muted px-4 pb-4" data-testid="no-transactions">
            No TIXNGO change received for this ticket yet.
          </p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>When</th>
                <th>Status</th>
                <th>Actor</th>
                <th>Owner</th>
                <th>Received</th>
              </tr>
            </thead>
            <tbody>
              {ticket.transactions.map((tx) => (
                <tr key={String(tx.id)}>
                  <td>{formatDateTime(tx.statusChangedAt, user.timeZone)}</td>
                  <td>
                    <TixngoStatusBadge status={tx.status} />
                    {tx.activationMethod && <span className="muted"> {tx.activationMethod}</span>}
                  </td>
                  <td>{tx.actor}</td>
                  <td>
                    <SpectatorDetails value={tx.owner} empty="—" />
                  </td>
                  <td>{formatDateTime(tx.receivedAt, user.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card">
        <h2 className="p-4 pb-2">Distribution history</h2>
        {ticket.distributions.length === 0 ? (
          <p className="muted px-4 pb-4" data-testid="no-distributions">
            No distribution: the ticket was not transferred in TIXNGO.
          </p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>When</th>
                <th>Action</th>
                <th>Old contact</th>
                <th>New contact</th>
                <th>Status</th>
                <th>By</th>
              </tr>
            </thead>
            <tbody>
              {ticket.distributions.map((d) => (
                <tr key={d.id}>
                  <td>
                    {formatDateTime(d.occurredAt, user.timeZone)}
                    {d.resolvedAt && (
                      <div className="muted">resolved {formatDateTime(d.resolvedAt, user.timeZone)}</div>
                    )}
                  </td>
                  <td>Distribute</td>
                  <td>
                    {contactName(d.oldContact)}
                    <div className="muted">{d.oldContact.email}</div>
                  </td>
                  <td>
                    {contactName(d.newContact)}
                    <div className="muted">{d.newContact.email}</div>
                  </td>
                  <td>{d.status}</td>
                  <td>
                    {d.actor}
                    {d.resolvedBy && d.resolvedBy !== d.actor && (
                      <div className="muted">resolved by {d.resolvedBy}</div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
