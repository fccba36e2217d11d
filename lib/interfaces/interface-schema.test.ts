import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_URL_RULE, ZInterfaceForm } from "./interface-schema";

const valid = {
  name: "TIXNGO",
  type: "TIXNGO",
  apiUrl: "https://api.tixngo.io/v3/organizer/tickets",
  username: "lse",
  apiKey: "k-123456",
  failureEmails: "ops@example.com;  OnCall@Example.com\nops@example.com",
  customParameters: [],
};

function errors(value: unknown) {
  const result = ZInterfaceForm.safeParse(value);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
}

describe("interface form", () => {
  it("accepts a valid interface and normalizes the failure e-mails", () => {
    expect(ZInterfaceForm.parse(valid).failureEmails).toEqual(["ops@example.com", "oncall@example.com"]);
  });

  it("requires the API URL to be absolute http(s) and end with organizer/tickets, saying why", () => {
    for (const apiUrl of [
      "api.tixngo.io/v3/organizer/tickets",
      "ftp://x/organizer/tickets",
      "https://api.tixngo.io/v3/organizer",
      "https://x/organizer/tickets?x=1",
    ]) {
      expect(errors({ ...valid, apiUrl }).apiUrl).toEqual([API_URL_RULE]);
    }
    expect(errors({ ...valid, apiUrl: "http://127.0.0.1:4010/v3/organizer/tickets/" })).toEqual({});
  });

  it("names the bad e-mail addresses", () => {
    expect(errors({ ...valid, failureEmails: "ops@example.com, not-an-email" }).failureEmails).toEqual([
      "Not an e-mail address: not-an-email.",
    ]);
  });

  it("requires name, type and username", () => {
    expect(Object.keys(errors({ ...valid, name: "", type: "OTHER", username: "" })).sort()).toEqual([
      "name",
      "type",
      "username",
    ]);
  });
});
