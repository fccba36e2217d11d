import { TicketOperationForm } from "@/components/tickets/ticket-operation-form";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { OPERABLE_FROM, type TTicketOperation } from "@/lib/tickets/operations/status-change";
import { checkTicketAction, invalidateTicketAction } from "../actions";
import { CancelTicketsForm } from "../cancel-tickets-form";

const can = (operation: TTicketOperation, status: TicketStatus) =>
  (OPERABLE_FROM[operation] as readonly TicketStatus[]).includes(status);

/** The S-360 operations an operator may run on this ticket now (the server checks again). */
export function TicketOperations({
  ticket,
}: {
  ticket: { id: number; status: TicketStatus; fileId: string; performanceId: string | null };
}) {
  return (
    <section className="card space-y-4 p-4" data-testid="ticket-operations">
      <h2>Operations</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        {can("cancel", ticket.status) && (
          <CancelTicketsForm
            id="cancel-ticket"
            label="Cancel this ticket"
            selection={{ ticketIds: [ticket.id] }}
            testId="cancel-ticket"
          />
        )}
        {can("check", ticket.status) && (
          <TicketOperationForm
            action={checkTicketAction.bind(null, ticket.id)}
            label="Check (CONTROLLED now)"
            testId="check-ticket"
          />
        )}
        {can("reprint", ticket.status) && (
          <TicketOperationForm
            action={invalidateTicketAction.bind(null, ticket.id, "REPRINT")}
            label="Reprint"
            testId="reprint-ticket"
          />
        )}
        {can("resale", ticket.status) && (
          <TicketOperationForm
            action={invalidateTicketAction.bind(null, ticket.id, "RESALE")}
            label="Invalidate for resale"
            testId="resale-ticket"
          />
        )}
        <CancelTicketsForm
          id="cancel-file"
          label="Cancel the whole file…"
          selection={{ fileId: ticket.fileId }}
          testId="cancel-file"
        />
        {ticket.performanceId && (
          <CancelTicketsForm
            id="cancel-performance"
            label="Cancel the whole performance…"
            selection={{ performanceId: ticket.performanceId }}
            testId="cancel-performance"
          />
        )}
      </div>
    </section>
  );
}
