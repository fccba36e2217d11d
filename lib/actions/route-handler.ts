// The door for route handlers: user + permission, zod on the path parameters
// and the query, typed errors → JSON with their status. Bad input is a 400
// with a sentence, never a 500.
import "server-only";
import "@/lib/validation/operator-messages";
import type { z } from "zod";
import { requireUser, type TCurrentUser } from "@/lib/auth/current-user";
import type { TPermission } from "@/lib/auth/roles";
import { db, type TPrisma } from "@/lib/db/client";
import { AppError, HTTP_STATUS, MALFORMED_REQUEST_MESSAGE } from "@/lib/errors/app-error";
import { toUserError } from "@/lib/errors/to-user-error";

type TRouteInput<TParams extends z.ZodType, TQuery extends z.ZodType> = {
  request: Request;
  user: TCurrentUser;
  prisma: TPrisma;
  params: z.output<TParams>;
  query: z.output<TQuery>;
};

export function routeHandler<TParams extends z.ZodType, TQuery extends z.ZodType>(
  options: { permission: TPermission; params: TParams; query: TQuery },
  handler: (input: TRouteInput<TParams, TQuery>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<unknown> }): Promise<Response> => {
    try {
      const user = await requireUser(options.permission);
      const params = options.params.safeParse(await context.params);
      const query = options.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!params.success || !query.success) throw new AppError("INVALID_INPUT", MALFORMED_REQUEST_MESSAGE);
      return await handler({ request, user, prisma: await db(), params: params.data, query: query.data });
    } catch (error) {
      const { code, message, fieldErrors } = toUserError(error);
      return Response.json({ code, error: message, fieldErrors }, { status: HTTP_STATUS[code] });
    }
  };
}
