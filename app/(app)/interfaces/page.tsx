import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { formatDateTime } from "@/components/format";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getInterface } from "@/lib/interfaces/get-interface";
import { findPreviewTaxNumber } from "@/lib/tickets/find-preview-ticket";
import { HISTORY_MODE_REFUSAL, KNOWN_PARAMETERS, parameterValue, ZCustomParameters } from "@/lib/functions/parameters";
import { TemplatePreview } from "@/components/template-preview";
import { ZTicketTemplate } from "@/lib/functions/ticket-injection/ticket-template";
import { deleteInterfaceAction, previewTemplateAction, testConnectionAction } from "./actions";

export const metadata: Metadata = { title: "Interfaces" };

export default async function InterfacesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePage("administer");
  // apiKeyCipher is omitted by the client: only the hint reaches this page.
  const prisma = await db();
  const iface = await getInterface(prisma, user.organizationId);
  const params = ZCustomParameters.safeParse(iface?.customParameters ?? []);
  const rows = params.success ? params.data : [];
  const saved = (await searchParams).saved === "1";
  const exampleTaxNumber =
    iface?.type === "TIXNGO_WITH_TEMPLATE" ? await findPreviewTaxNumber(prisma, user.organizationId) : undefined;
  return (
    <div className="space-y-4">
      <div>
        <h1>Interfaces</h1>
        <p className="muted">
          One TIXNGO interface per organization: push cancelled and push controlled would not work with two.
        </p>
      </div>
      {saved && (
        <p className="text-sm text-emerald-700" data-testid="saved">
          Saved.
        </p>
      )}
      {!iface ? (
        <div className="card p-4">
          <p className="muted">No TIXNGO interface yet.</p>
          <Link href="/interfaces/edit" className="btn-primary mt-3">
            Create the interface
          </Link>
        </div>
      ) : (
        <section className="card p-4" data-testid="interface-card">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2>{iface.name}</h2>
            <div className="flex flex-wrap gap-2">
              <ActionButton
                action={testConnectionAction}
                label="Test connection"
                pendingLabel="Testing…"
                testId="test-connection"
              />
              <Link href="/interfaces/edit" className="btn">
                Edit
              </Link>
              <ActionButton
                action={deleteInterfaceAction}
                label="Delete"
                confirm="Delete the TIXNGO interface?"
                testId="delete-interface"
              />
            </div>
          </div>
          <dl className="mt-3 grid grid-cols-2 gap-3 text-sm lg:grid-cols-3">
            <div>
              <dt className="muted">Type</dt>
              <dd>{iface.type === "TIXNGO" ? "TIXNGO" : "TIXNGO with ticket template"}</dd>
            </div>
            <div>
              <dt className="muted">API URL</dt>
              <dd className="font-mono break-all">{iface.apiUrl}</dd>
            </div>
            <div>
              <dt className="muted">Username</dt>
              <dd>{iface.username}</dd>
            </div>
            <div>
              <dt className="muted">API key</dt>
              <dd className="font-mono" data-testid="api-key-hint">
                {iface.apiKeyHint}
              </dd>
            </div>
            <div>
              <dt className="muted">Failure e-mails</dt>
              <dd>{iface.failureEmails.join(", ") || "—"}</dd>
            </div>
            <div>
              <dt className="muted">Updated</dt>
              <dd>{formatDateTime(iface.updatedAt, user.timeZone)}</dd>
            </div>
          </dl>
        </section>
      )}
      {iface?.type === "TIXNGO_WITH_TEMPLATE" && (
        <section className="card p-4">
          <h2 className="mb-2">Ticket template</h2>
          <ul className="font-mono text-sm">
            {(ZTicketTemplate.safeParse(iface.ticketTemplate ?? []).data ?? []).map((row) => (
              <li key={row.field}>
                {row.field} ← {row.value || "(removed)"}
              </li>
            ))}
          </ul>
        </section>
      )}
      {iface?.type === "TIXNGO_WITH_TEMPLATE" && (
        <TemplatePreview action={previewTemplateAction} example={exampleTaxNumber} />
      )}
      <section className="card p-4">
        <h2 className="mb-2">Custom parameters</h2>
        <p className="muted mb-3">{HISTORY_MODE_REFUSAL}</p>
        <table className="table">
          <thead>
            <tr>
              <th>Key</th>
              <th>Effective value</th>
              <th>Default</th>
              <th>Meaning</th>
            </tr>
          </thead>
          <tbody>
            {KNOWN_PARAMETERS.map((p) => (
              <tr key={p.key}>
                <td className="font-mono">{p.key}</td>
                <td className="font-mono">{parameterValue(rows, p.key) || "—"}</td>
                <td className="font-mono">{p.defaultValue || "—"}</td>
                <td>{p.help}</td>
              </tr>
            ))}
            {rows
              .filter((r) => !KNOWN_PARAMETERS.some((p) => p.key === r.key))
              .map((r) => (
                <tr key={r.key}>
                  <td className="font-mono">{r.key}</td>
                  <td className="font-mono">{r.value}</td>
                  <td>—</td>
                  <td className="muted">Unknown key, kept as is.</td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
