import Link from "next/link";
import type { Metadata } from "next";
import { formatDate } from "@/components/format";
import { NextPageLink } from "@/components/next-page-link";
import { Field } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/current-user";
import { searchContacts, ZContactSearch } from "@/lib/contacts/search-contacts";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Contacts" };

function consent(value: boolean | null) {
  return value === null ? "—" : value ? "Yes" : "No";
}

export default async function ContactsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("view");
  const search = ZContactSearch.parse(await searchParams);
  const { rows, nextAfter } = await searchContacts(await db(), user.organizationId, search);
  return (
    <div className="space-y-4">
      <PageHeader title="Contacts" />
      <FilterBar resetHref="/contacts" submitLabel="Search">
        <Field name="q" label="E-mail, contact number or last name" className="min-w-64 flex-1">
          {(control) => <input {...control} className="input" defaultValue={search.q} />}
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="temporary" value="1" defaultChecked={search.temporary === "1"} /> Temporary only
          (Pending CREATION)
        </label>
      </FilterBar>
      <div className="card overflow-x-auto">
        {rows.length === 0 ? (
          <p className="muted p-4">No contact matches this search.</p>
        ) : (
          <table className="table" data-testid="contacts-table">
            <thead>
              <tr>
                <th>Number</th>
                <th>Name</th>
                <th>E-mail</th>
                <th>Kind</th>
                <th>Internet account</th>
                <th>Consents (institution / 3rd party)</th>
                <th>Tickets</th>
                <th>Created</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td className="font-mono">
                    <Link href={`/contacts/${c.id}`} className="text-indigo-700 hover:underline">
                      {c.number}
                    </Link>
                  </td>
                  <td>
                    {c.temporary ? (
                      <span className="rounded bg-amber-50 px-1.5 text-amber-800">Pending CREATION</span>
                    ) : (
                      `${c.title ?? ""} ${c.firstName} ${c.lastName}`
                    )}
                  </td>
                  <td>{c.email ?? "—"}</td>
                  <td>
                    {c.kind === "RELAY" ? "Relay" : "Individual"}
                    {c.origin === "TIXNGO_DISTRIBUTION" && <div className="muted">from a TIXNGO transfer</div>}
                  </td>
                  <td>{c.hasInternetAccount ? "Yes" : "No"}</td>
                  <td>
                    {consent(c.consentInstitutionEmail)} / {consent(c.consentThirdPartyEmail)}
                  </td>
                  <td className="tabular-nums">{c._count.culturalTickets}</td>
                  <td>{formatDate(c.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <NextPageLink
          path="/contacts"
          params={{ q: search.q, temporary: search.temporary, after: search.after?.toString() }}
          after={nextAfter}
        />
      </div>
    </div>
  );
}
