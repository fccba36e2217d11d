import { expect, it } from "vitest";
import { diffMigrationsToSchema } from "./schema-engine";

it("schema.prisma and the committed migrations agree (run `npm run db:migration -- <name>` if not)", async () => {
  expect(await diffMigrationsToSchema()).toBe("");
});
