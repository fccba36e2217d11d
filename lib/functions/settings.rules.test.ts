// The five functions' settings and their shared field types, rule by rule:
// what an untouched form saves, what each field turns the operator's text
// into, and which field an error is shown next to.
import { describe, expect, it } from "vitest";
import { issuesOf, refused } from "@/test/zod-issues";
import {
  MAX_BATCH_SIZE,
  ZBatchSize,
  ZCheckbox,
  ZCodeList,
  ZOptionalBatchSize,
  ZTaxNumberList,
} from "./common/settings-fields";
import { ZPrivilegeSettings } from "./inject-digital-privileges/settings";
import { ZPushCancelledSettings } from "./push-cancelled-tickets/settings";
import { ZPushControlledSettings } from "./push-controlled-tickets/settings";
import { ZInjectionSettings } from "./ticket-injection/settings";

const issues = issuesOf;

const printer = { printerSalesChannel: "EXT", printerPointOfSale: "TIXNGO" };

describe("defaults of an untouched form", () => {
  it("injection: every filter empty, nothing mandatory, no main applicant, not a simulation", () => {
    expect(ZInjectionSettings.parse(printer)).toEqual({
      ...printer,
      batchSize: 1000,
      salesChannels: [],
      seasons: [],
      productFamilies: [],
      products: [],
      performances: [],
      tariffs: [],
      seatCategories: [],
      fileNumber: undefined,
      mandatoryHolderFields: [],
      mainApplicant: false,
      simulation: false,
    });
  });

  it("digital privileges: every card product, not a simulation", () => {
    expect(ZPrivilegeSettings.parse({})).toEqual({ batchSize: 1000, products: [], simulation: false });
  });

  it("push cancelled: every waiting ticket, nobody forced or skipped, spectators not notified", () => {
    expect(ZPushCancelledSettings.parse({})).toEqual({
      batchSize: undefined,
      dateFrom: undefined,
      forceTaxNumbers: [],
      skipTaxNumbers: [],
      notifySpectator: false,
    });
  });

  it("push controlled: every waiting ticket, nobody skipped", () => {
    expect(ZPushControlledSettings.parse({})).toEqual({
      batchSize: undefined,
      dateFrom: undefined,
      skipTaxNumbers: [],
    });
  });
});

describe("injection settings", () => {
  it("the file number excludes each other filter, one at a time", () => {
    const others = [
      "salesChannels",
      "seasons",
      "productFamilies",
      "products",
      "performances",
      "tariffs",
      "seatCategories",
    ];
    for (const filter of others)
      expect(issues(ZInjectionSettings, { ...printer, fileNumber: "LSE26000001", [filter]: "X" }), filter).toEqual([
        refused("fileNumber", "The file number filter is exclusive: clear the other filters or the file number."),
      ]);
    expect(ZInjectionSettings.parse({ ...printer, fileNumber: " LSE26000001 ", products: "" })).toMatchObject({
      fileNumber: "LSE26000001",
      products: [],
    });
    // A blank file number is no file number: the other filters apply.
    expect(ZInjectionSettings.parse({ ...printer, fileNumber: "   ", products: "LSE-MATCH" })).toMatchObject({
      fileNumber: undefined,
      products: ["LSE-MATCH"],
    });
  });

  it("the printer is required, blanks count as empty", () => {
    expect(issues(ZInjectionSettings, { printerSalesChannel: "  ", printerPointOfSale: " " })).toEqual([
      expect.objectContaining({
        path: "printerSalesChannel",
        message: "The sales channel recorded as the printer is required.",
      }),
      expect.objectContaining({
        path: "printerPointOfSale",
        message: "The point of sale recorded as the printer is required.",
      }),
    ]);
    expect(ZInjectionSettings.parse({ printerSalesChannel: " EXT ", printerPointOfSale: " TIXNGO " })).toMatchObject(
      printer,
    );
  });
});

describe("shared field types", () => {
  it("a code list splits on commas and new lines, trims, drops blanks and repeats", () => {
    expect(ZCodeList.parse("A, B\nC,,A ,")).toEqual(["A", "B", "C"]);
    expect(ZCodeList.parse([" A", "A", ""])).toEqual(["A"]);
  });

  it("a tax number list names the first five bad entries", () => {
    expect(issues(ZTaxNumberList, "ok1, b#1, b#2, b#3, b#4, b#5, b#6")).toEqual([
      refused("", "Not a tax number: b#1, b#2, b#3, b#4, b#5 (letters, digits and * . - _ + / ( ) only)."),
    ]);
    expect(ZTaxNumberList.parse("A-1, B/2, (C)*3.+_")).toEqual(["A-1", "B/2", "(C)*3.+_"]);
  });

  it("a batch size is a whole number from 1 to the maximum; blank means none when optional", () => {
    expect(ZBatchSize.parse(" 250 ")).toBe(250);
    expect(ZBatchSize.parse(MAX_BATCH_SIZE)).toBe(MAX_BATCH_SIZE);
    expect(issues(ZBatchSize, String(MAX_BATCH_SIZE + 1))).toEqual([
      expect.objectContaining({ message: `At most ${MAX_BATCH_SIZE}.` }),
    ]);
    expect(issues(ZBatchSize, "   ")).toEqual([
      expect.objectContaining({ message: "The batch size is required (recommended: 1000)." }),
    ]);
    expect(issues(ZBatchSize, "2.5")).toEqual([expect.objectContaining({ message: "Enter a whole number." })]);
    expect(issues(ZBatchSize, "ten")).toEqual([expect.objectContaining({ message: "Enter a whole number." })]);
    expect(ZOptionalBatchSize.parse("  ")).toBeUndefined();
  });

  it("a checkbox is on for true, 'on' and 'true' only", () => {
    expect([true, "on", "true"].map((value) => ZCheckbox.parse(value))).toEqual([true, true, true]);
    expect([false, "off", "false", "", undefined, 1].map((value) => ZCheckbox.parse(value))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
