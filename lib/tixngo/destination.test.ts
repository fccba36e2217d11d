import { describe, expect, it } from "vitest";
import { destinationProblem, isPrivateAddress } from "./destination";

const check = (url: string, env: Record<string, string> = {}) => destinationProblem(new URL(url), env);

describe("where the API key may go", () => {
  it("refuses loopback, private, link-local (metadata) and unspecified addresses", () => {
    for (const url of [
      "http://127.0.0.1:4010/v3/organizer/tickets",
      "http://localhost/v3/organizer/tickets",
      "http://10.1.2.3/v3/organizer/tickets",
      "http://172.20.0.1/v3/organizer/tickets",
      "http://192.168.1.1/v3/organizer/tickets",
      "http://169.254.169.254/latest/meta-data/organizer/tickets",
      "http://0.0.0.0/v3/organizer/tickets",
      "http://[::1]/v3/organizer/tickets",
      "http://[::ffff:127.0.0.1]/v3/organizer/tickets",
      "http://[fd00::1]/v3/organizer/tickets",
      "http://[fe80::1]/v3/organizer/tickets",
      "http://2130706433/v3/organizer/tickets", // 127.0.0.1 written as a number: URL normalizes it
    ]) {
      expect(check(url), url).toMatch(/local or private network address/);
    }
    expect(check("https://api.tixngo.io/v3/organizer/tickets")).toBeNull();
    expect(check("https://93.184.216.34/v3/organizer/tickets")).toBeNull();
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
  });

  it("accepts a local address only where the installation lists it", () => {
    const env = { TIXNGO_PRIVATE_HOSTS: "127.0.0.1:4010" };
    expect(check("http://127.0.0.1:4010/v3/organizer/tickets", env)).toBeNull();
    expect(check("http://127.0.0.1:4011/v3/organizer/tickets", env)).toMatch(/private/);
    expect(check("http://10.0.0.1/v3/organizer/tickets", { TIXNGO_PRIVATE_HOSTS: "*" })).toBeNull();
  });

  it("refuses user:password in the URL", () => {
    expect(check("https://user:pass@api.tixngo.io/v3/organizer/tickets")).toMatch(/must not contain a user name/);
  });

  it("keeps to the allow-list when one is set", () => {
    const env = { TIXNGO_ALLOWED_HOSTS: "api.tixngo.io, *.tixngo.net" };
    expect(check("https://api.tixngo.io/v3/organizer/tickets", env)).toBeNull();
    expect(check("https://eu.tixngo.net/v3/organizer/tickets", env)).toBeNull();
    expect(check("https://tixngo.io.evil.com/v3/organizer/tickets", env)).toMatch(/not one of the TIXNGO hosts/);
    expect(check("https://eviltixngo.net/v3/organizer/tickets", env)).toMatch(/not one of the TIXNGO hosts/);
  });
});
