import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HISTORY_MODE_REFUSAL, parameterValue, readParameters, ZCustomParameters } from "./parameters";

function errors(rows: { key: string; value: string }[]) {
  const result = ZCustomParameters.safeParse(rows);
  return result.success
    ? []
    : z.flattenError(result.error).formErrors.concat(result.error.issues.map((i) => i.message));
}

describe("custom parameters", () => {
  it("accepts the known keys with valid values and keeps unknown keys", () => {
    const rows = [
      { key: "TIXNGO_LIFECYCLE_MODE", value: "lifecycle" },
      { key: "ticketIterationSize", value: "500" },
      { key: "overrideVisibilityFlagForInvalidationReasons", value: "RESALE, REPRINT" },
      { key: "someVendorFlag", value: "anything" },
    ];
    expect(ZCustomParameters.parse(rows)).toEqual(rows);
  });

  it("refuses the deprecated history mode with the reason", () => {
    expect(errors([{ key: "TIXNGO_LIFECYCLE_MODE", value: "history" }])).toContain(HISTORY_MODE_REFUSAL);
    expect(errors([{ key: "TIXNGO_LIFECYCLE_MODE", value: "HISTORY" }])).toContain(HISTORY_MODE_REFUSAL);
  });

  it("checks booleans, sizes, reasons and duplicates", () => {
    expect(errors([{ key: "stickToTheHour", value: "yes" }])).toContain("stickToTheHour must be true or false.");
    expect(errors([{ key: "ticketIterationSize", value: "5000" }])[0]).toMatch(/1 to 1000/);
    expect(errors([{ key: "overrideVisibilityFlagForInvalidationReasons", value: "RESALE,LOST" }])[0]).toMatch(/LOST/);
    expect(
      errors([
        { key: "a", value: "1" },
        { key: "a", value: "2" },
      ])[0],
    ).toMatch(/twice/);
    expect(errors([{ key: "bad key", value: "1" }])[0]).toMatch(/letters, digits/);
  });

  it("falls back to the documented defaults", () => {
    expect(parameterValue([], "ticketIterationSize")).toBe("1000");
    expect(parameterValue([], "enableTicketDistributionToCulturalContact")).toBe("true");
    expect(parameterValue([{ key: "ticketIterationSize", value: "200" }], "ticketIterationSize")).toBe("200");
  });
});

describe("readParameters", () => {
  it("gives every known parameter its documented default", () => {
    expect(readParameters([])).toEqual({
      overlaySpectatorDetailsWithLastOwner: true,
      enableTicketDistributionToCulturalContact: true,
      doContinueInCaseOfSyncError: true,
      enforceMandatoryParameters: true,
      ticketIterationSize: 1000,
      stickToTheHour: true,
      visibilityFlagDefaultValue: false,
      overrideVisibilityFlagForInvalidationReasons: [],
      maxLengthDumpedCallsInKbs: 64,
    });
  });

  it("types the stored values", () => {
    const parameters = readParameters([
      { key: "stickToTheHour", value: "false" },
      { key: "ticketIterationSize", value: "250" },
      { key: "visibilityFlagDefaultValue", value: "true" },
      { key: "overrideVisibilityFlagForInvalidationReasons", value: "RESALE, REPRINT" },
      { key: "maxLengthDumpedCallsInKbs", value: "0" },
      { key: "somethingUnknown", value: "kept" },
    ]);
    expect(parameters).toMatchObject({
      stickToTheHour: false,
      ticketIterationSize: 250,
      visibilityFlagDefaultValue: true,
      overrideVisibilityFlagForInvalidationReasons: ["RESALE", "REPRINT"],
      maxLengthDumpedCallsInKbs: 0,
    });
  });

  it("falls back to the defaults when the stored rows cannot be read", () => {
    expect(readParameters({ not: "rows" }).ticketIterationSize).toBe(1000);
    expect(readParameters(null).stickToTheHour).toBe(true);
    expect(readParameters([{ key: "ticketIterationSize", value: "5000" }]).ticketIterationSize).toBe(1000);
  });
});
