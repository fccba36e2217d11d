import { z } from "zod";
import { routeHandler } from "@/lib/actions/route-handler";
import { streamTicketsCsv } from "@/lib/tickets/stream-tickets-csv";
import { ticketFilter, ZTicketSearch } from "@/lib/tickets/search-tickets";

export const dynamic = "force-dynamic";

/** The tickets of the list's current filter (cursors ignored) as a CSV download. */
export const GET = routeHandler(
  // A static route: Next passes no path parameters.
  { permission: "view", params: z.object({}).optional(), query: ZTicketSearch },
  async ({ user, prisma, query }) => {
    const where = await ticketFilter(prisma, user.organizationId, query);
    return new Response(streamTicketsCsv(prisma, where), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="tickets.csv"`,
        "cache-control": "no-store",
      },
    });
  },
);
