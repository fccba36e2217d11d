import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate, formatDateTime } from "@/components/format";
import { TicketStatusBadge, TixngoStatusBadge } from "@/components/status-badges";
import { requirePage } from "@/lib/auth/current-user";
import { getContact } from "@/lib/contacts/get-contact";
import { db } from "@/lib/db/client";

type TPerson = { id: string; number: number; firstName: string; lastName: string; temporary: boolean };

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const user = await requirePage("view");
  const found = await getContact(await db(), user.organizationId, (await params).id);
  return { title: found ? `Contact ${found.contact.number}` : "Contact" };
}

function PersonLink({ person }: { person: TPerson }) {
  return (
    <Link href={`/contacts/${person.id}`} className="text-indigo-700 hover:underline">
      {person.temporary ? `Pending CREATION #${person.number}` : `${person.firstName} ${person.lastName}`}
    </Link>
  );
}

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("view");
  const found = await getContact(await db(), user.organizationId, (await params).id);
  if (!found) notFound();
  const { contact: c, tickets, files, given, received } = found;
  const fields: [string, React.ReactNode][] = [
    ["Number", c.number],
    ["E-mail", c.email ?? "—"],
    ["Kind", c.kind === "RELAY" ? "Relay" : "Individual"],
    ["Origin", c.origin === "TIXNGO_DISTRIBUTION" ? "Created from a TIXNGO transfer" : "Back-office"],
    ["Temporary", c.temporary ? "Yes: Pending CREATION, updated from TIXNGO until known" : "No"],
    ["Internet account", c.hasInternetAccount ? "Yes" : "No"],
    ["Birth date", formatDate(c.birthDate)],
    ["Mobile", c.mobilePhone ?? "—"],
    ["Created", formatDateTime(c.createdAt, user.timeZone)],
  ];
  return (
    <div className="space-y-4">
      <div>
        <p className="muted">
          <Link href="/contacts" className="text-indigo-700 hover:underline">
            Contacts
          </Link>
        </p>
        <h1 data-testid="contact-name">
          {c.temporary ? "Pending CREATION" : `${c.title ?? ""} ${c.firstName} ${c.lastName}`.trim()}
        </h1>
      </div>
      <section className="card p-4">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-3">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-slate-600 uppercase">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card overflow-x-auto">
        <h2 className="p-4 pb-2">Tickets as cultural contact ({tickets.length})</h2>
        {tickets.length === 0 ? (
          <p className="muted px-4 pb-4">None.</p>
        ) : (
          <table className="table" data-testid="contact-tickets">
            <thead>
              <tr>
                <th>Tax number</th>
                <th>Product / performance</th>
                <th>S-360</th>
                <th>TIXNGO</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((t) => (
                <tr key={t.id}>
                  <td className="font-mono">
                    <Link href={`/tickets/${t.id}`} className="text-indigo-700 hover:underline">
                      {t.taxNumber}
                    </Link>
                  </td>
                  <td>
                    {t.performance
                      ? `${t.performance.name} · ${formatDateTime(t.performance.startsAt, user.timeZone)}`
                      : t.product.name}
                  </td>
                  <td>
                    <TicketStatusBadge status={t.status} />
                  </td>
                  <td>
                    <TixngoStatusBadge status={t.tixngoStatus} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card overflow-x-auto">
        <h2 className="p-4 pb-2">Files bought ({files.length})</h2>
        {files.length === 0 ? (
          <p className="muted px-4 pb-4">None.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>File</th>
                <th>Bought</th>
                <th>Tickets</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.id}>
                  <td className="font-mono">
                    <Link
                      href={`/tickets?q=${encodeURIComponent(f.number)}`}
                      className="text-indigo-700 hover:underline"
                    >
                      {f.number}
                    </Link>
                  </td>
                  <td>{formatDateTime(f.purchasedAt, user.timeZone)}</td>
                  <td className="tabular-nums">{f._count.tickets}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card overflow-x-auto" data-testid="contact-distributions">
        <h2 className="p-4 pb-2">Distributions</h2>
        {given.length + received.length === 0 ? (
          <p className="muted px-4 pb-4">No ticket given or received.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>When</th>
                <th>Ticket</th>
                <th>Direction</th>
                <th>Other side</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...given.map((d) => ({ ...d, direction: "Gave to", other: d.newContact })),
                ...received.map((d) => ({ ...d, direction: "Received from", other: d.oldContact })),
              ]
                .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
                .map((d) => (
                  <tr key={d.id}>
                    <td>{formatDateTime(d.occurredAt, user.timeZone)}</td>
                    <td className="font-mono">
                      <Link href={`/tickets/${d.ticket.id}`} className="text-indigo-700 hover:underline">
                        {d.ticket.taxNumber}
                      </Link>
                    </td>
                    <td>{d.direction}</td>
                    <td>
                      <PersonLink person={d.other} />
                    </td>
                    <td>{d.status}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
