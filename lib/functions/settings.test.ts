import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZPrivilegeSettings } from "./inject-digital-privileges/settings";
import { ZPushCancelledSettings } from "./push-cancelled-tickets/settings";
import { ZPushControlledSettings } from "./push-controlled-tickets/settings";
import { ZRetrieveStatusSettings } from "./retrieve-ticket-status/settings";
import { ZInjectionSettings } from "./ticket-injection/settings";

const SETTINGS_SCHEMAS = {
  TICKET_INJECTION: ZInjectionSettings,
  RETRIEVE_TICKET_STATUS: ZRetrieveStatusSettings,
  PUSH_CANCELLED_TICKETS: ZPushCancelledSettings,
  PUSH_CONTROLLED_TICKETS: ZPushControlledSettings,
  INJECT_DIGITAL_PRIVILEGES: ZPrivilegeSettings,
};

function fieldErrors(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
}

describe("function settings", () => {
  it("retrieve-status: batch size 1000 by default, skip list validated", () => {
    expect(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS.parse({})).toEqual({ batchSize: 1000, skipTaxNumbers: [] });
    expect(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS.parse({ batchSize: "250", skipTaxNumbers: "A1, B2,A1," })).toEqual({
      batchSize: 250,
      skipTaxNumbers: ["A1", "B2"],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { skipTaxNumbers: "A1, bad#one" })).toEqual({
      skipTaxNumbers: [expect.stringContaining("bad#one")],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { batchSize: "0" })).toEqual({
      batchSize: ["At least 1."],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { batchSize: "12.5" })).toEqual({
      batchSize: ["Enter a whole number."],
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.RETRIEVE_TICKET_STATUS, { batchSize: "" })).toEqual({
      batchSize: ["The batch size is required (recommended: 1000)."],
    });
  });

  it("push functions: batch size may stay empty, date from is a date", () => {
    expect(SETTINGS_SCHEMAS.PUSH_CANCELLED_TICKETS.parse({ batchSize: "", notifySpectator: "on" })).toMatchObject({
      batchSize: undefined,
      notifySpectator: true,
    });
    expect(SETTINGS_SCHEMAS.PUSH_CONTROLLED_TICKETS.parse({ dateFrom: "2026-11-01T08:00" }).dateFrom).toBeInstanceOf(
      Date,
    );
    expect(fieldErrors(SETTINGS_SCHEMAS.PUSH_CONTROLLED_TICKETS, { dateFrom: "yesterday" })).toEqual({
      dateFrom: ["Enter a valid date and time."],
    });
  });

  it("injection: the file number is exclusive of the other filters; printer required", () => {
    const base = { printerSalesChannel: "EXT", printerPointOfSale: "TIXNGO" };
    expect(
      fieldErrors(SETTINGS_SCHEMAS.TICKET_INJECTION, { ...base, fileNumber: "LSE26000001", products: ["LSE-MATCH"] }),
    ).toEqual({
      fileNumber: ["The file number filter is exclusive: clear the other filters or the file number."],
    });
    expect(
      SETTINGS_SCHEMAS.TICKET_INJECTION.parse({ ...base, products: "LSE-MATCH", mandatoryHolderFields: "FIRSTNAME" }),
    ).toMatchObject({
      products: ["LSE-MATCH"],
      mandatoryHolderFields: ["FIRSTNAME"],
      batchSize: 1000,
    });
    expect(fieldErrors(SETTINGS_SCHEMAS.TICKET_INJECTION, { mandatoryHolderFields: ["SHOE_SIZE"] })).toMatchObject({
      printerSalesChannel: [expect.any(String)],
      printerPointOfSale: [expect.any(String)],
      mandatoryHolderFields: [expect.any(String)],
    });
  });
});
