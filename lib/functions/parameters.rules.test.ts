// Custom parameters, rule by rule: which value each known key accepts, where
// a refusal is shown (the row's value or key), and what the functions read
// when a value is missing or out of range.
import { describe, expect, it } from "vitest";
import { issuesOf, refused } from "@/test/zod-issues";
import { KNOWN_PARAMETERS, parameterValue, readParameters, ZCustomParameters } from "./parameters";

/** The issues a set of rows gets, as the form shows them: row, field, message. */
const issues = (rows: { key: string; value: string }[]) => issuesOf(ZCustomParameters, rows);

describe("known parameters", () => {
  it("each documents its meaning and has a default its own rule accepts", () => {
    expect(KNOWN_PARAMETERS.map((p) => p.key)).toEqual([
      "TIXNGO_LIFECYCLE_MODE",
      "overlaySpectatorDetailsWithLastOwner",
      "enableTicketDistributionToCulturalContact",
      "doContinueInCaseOfSyncError",
      "enforceMandatoryParameters",
      "ticketIterationSize",
      "stickToTheHour",
      "visibilityFlagDefaultValue",
      "overrideVisibilityFlagForInvalidationReasons",
      "maxLengthDumpedCallsInKbs",
    ]);
    for (const parameter of KNOWN_PARAMETERS) {
      expect(parameter.help.length, parameter.key).toBeGreaterThan(20);
      expect(issues([{ key: parameter.key, value: parameter.defaultValue }]), parameter.key).toEqual([]);
    }
    expect(KNOWN_PARAMETERS.find((p) => p.key === "overrideVisibilityFlagForInvalidationReasons")?.defaultValue).toBe(
      "",
    );
  });
});

describe("custom parameter rows", () => {
  it("TIXNGO_LIFECYCLE_MODE accepts lifecycle only", () => {
    expect(issues([{ key: "TIXNGO_LIFECYCLE_MODE", value: "blockchain" }])).toEqual([
      refused("0.value", "TIXNGO_LIFECYCLE_MODE must be lifecycle."),
    ]);
  });

  it("every on/off parameter takes true or false, nothing else", () => {
    const flags = [
      "overlaySpectatorDetailsWithLastOwner",
      "enableTicketDistributionToCulturalContact",
      "doContinueInCaseOfSyncError",
      "enforceMandatoryParameters",
      "stickToTheHour",
      "visibilityFlagDefaultValue",
    ];
    for (const key of flags) {
      expect(issues([{ key, value: "TRUE" }])).toEqual([refused("0.value", `${key} must be true or false.`)]);
      expect(issues([{ key, value: "false" }])).toEqual([]);
    }
  });

  it("ticketIterationSize: a whole number from 1 to 1000", () => {
    const message = "ticketIterationSize must be a whole number from 1 to 1000.";
    for (const value of ["0", "1001", "12.5", "many"])
      expect(issues([{ key: "ticketIterationSize", value }]), value).toEqual([refused("0.value", message)]);
    for (const value of ["1", "1000"]) expect(issues([{ key: "ticketIterationSize", value }]), value).toEqual([]);
  });

  it("maxLengthDumpedCallsInKbs: a whole number of KB, 0 for no bodies", () => {
    for (const value of ["-1", "2.5", "lots"])
      expect(issues([{ key: "maxLengthDumpedCallsInKbs", value }]), value).toEqual([
        expect.objectContaining({
          path: "0.value",
          message: expect.stringContaining("maxLengthDumpedCallsInKbs must be a whole number of KB"),
        }),
      ]);
    expect(issues([{ key: "maxLengthDumpedCallsInKbs", value: "0" }])).toEqual([]);
  });

  it("invalidation reasons: a comma list of the four reasons, each unknown one named", () => {
    expect(
      issues([{ key: "overrideVisibilityFlagForInvalidationReasons", value: "CANCELLED, INVALIDATED,REPRINT,RESALE" }]),
    ).toEqual([]);
    expect(issues([{ key: "overrideVisibilityFlagForInvalidationReasons", value: "LOST, RESALE, STOLEN" }])).toEqual([
      refused("0.value", "Unknown invalidation reason(s): LOST, STOLEN. Use CANCELLED, INVALIDATED, REPRINT, RESALE."),
    ]);
  });

  it("a key given twice is refused on the second row's key", () => {
    expect(
      issues([
        { key: "stickToTheHour", value: "true" },
        { key: "x", value: "" },
        { key: "stickToTheHour", value: "false" },
      ]),
    ).toEqual([refused("2.key", "stickToTheHour is set twice.")]);
  });

  it("keys are required, values are trimmed", () => {
    expect(issues([{ key: " ", value: "1" }])).toEqual([
      expect.objectContaining({ path: "0.key", message: "A key is required." }),
      expect.objectContaining({ path: "0.key", message: "Keys use letters, digits, _ . and - only." }),
    ]);
    expect(ZCustomParameters.parse([{ key: " ticketIterationSize ", value: " 250 " }])).toEqual([
      { key: "ticketIterationSize", value: "250" },
    ]);
  });
});

describe("what the functions read", () => {
  it("the stored value wins over the default; an unknown key has no value", () => {
    expect(parameterValue([{ key: "stickToTheHour", value: "false" }], "stickToTheHour")).toBe("false");
    expect(parameterValue([], "noSuchParameter")).toBeUndefined();
  });

  it("each on/off parameter is read from its own row", () => {
    const flags = [
      "overlaySpectatorDetailsWithLastOwner",
      "enableTicketDistributionToCulturalContact",
      "doContinueInCaseOfSyncError",
      "enforceMandatoryParameters",
      "stickToTheHour",
    ] as const;
    for (const key of flags) {
      const read = readParameters([{ key, value: "false" }]);
      expect(read[key], key).toBe(false);
      for (const other of flags.filter((f) => f !== key))
        expect(read[other], `${other} when ${key} is false`).toBe(true);
    }
  });

  it("sizes keep their bounds: 1–1000 per call, 0 KB up for dumps", () => {
    const read = (key: string, value: string) => readParameters([{ key, value }]);
    expect(read("ticketIterationSize", "1").ticketIterationSize).toBe(1);
    expect(read("ticketIterationSize", "1000").ticketIterationSize).toBe(1000);
    expect(read("maxLengthDumpedCallsInKbs", "0").maxLengthDumpedCallsInKbs).toBe(0);
    expect(read("maxLengthDumpedCallsInKbs", "1024").maxLengthDumpedCallsInKbs).toBe(1024);
    // Rows that could not have been saved (hand-edited database): the default, never a crash.
    expect(read("maxLengthDumpedCallsInKbs", "-1").maxLengthDumpedCallsInKbs).toBe(64);
    expect(read("maxLengthDumpedCallsInKbs", "1.5").maxLengthDumpedCallsInKbs).toBe(64);
    expect(read("ticketIterationSize", "0").ticketIterationSize).toBe(1000);
  });

  it("an unreadable set of rows falls back to every default, including the empty reason list", () => {
    expect(readParameters([{ key: "stickToTheHour", value: "false" }, { key: "bad key" }])).toEqual(readParameters([]));
    expect(readParameters(undefined)).toEqual(readParameters([]));
    expect(readParameters([]).overrideVisibilityFlagForInvalidationReasons).toEqual([]);
  });
});
