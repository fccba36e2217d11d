import type { Metadata } from "next";
import Link from "next/link";
import { InterfaceForm } from "@/components/interface-form";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getInterface } from "@/lib/interfaces/get-interface";
import { KNOWN_PARAMETERS, ZCustomParameters } from "@/lib/functions/parameters";
import { PLACEHOLDERS, TEMPLATE_FIELDS, ZTicketTemplate } from "@/lib/functions/ticket-injection/ticket-template";
import { saveInterfaceAction } from "../actions";

export const metadata: Metadata = { title: "Interface" };

export default async function EditInterfacePage() {
  const user = await requirePage("administer");
  const iface = await getInterface(await db(), user.organizationId);
  const parameters = ZCustomParameters.safeParse(iface?.customParameters ?? []);
  const template = ZTicketTemplate.safeParse(iface?.ticketTemplate ?? []);
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <p className="muted">
          <Link href="/interfaces" className="text-indigo-700 hover:underline">
            Interfaces
          </Link>
        </p>
        <h1>{iface ? `Edit ${iface.name}` : "New TIXNGO interface"}</h1>
        <p className="muted">
          One TIXNGO interface per organization, set up in the organization that owns the catalog.
        </p>
      </div>
      <InterfaceForm
        action={saveInterfaceAction}
        known={KNOWN_PARAMETERS}
        templateFields={TEMPLATE_FIELDS}
        placeholders={Object.keys(PLACEHOLDERS)}
        values={{
          name: iface?.name ?? "TIXNGO",
          type: iface?.type ?? "TIXNGO",
          apiUrl: iface?.apiUrl ?? "",
          username: iface?.username ?? "",
          apiKeyHint: iface?.apiKeyHint,
          failureEmails: iface?.failureEmails.join(", ") ?? "",
          customParameters: parameters.success ? parameters.data : [],
          ticketTemplate: template.success ? template.data : [],
        }}
      />
    </div>
  );
}
