import { describe, expect, it } from "vitest";
import { decodePaginationKey, encodePaginationKey } from "./pagination-key";

describe("pagination keys", () => {
  it("round-trip for their organizer only", () => {
    const key = encodePaginationKey("s3cret", "LSE", 1234);
    expect(decodePaginationKey("s3cret", "LSE", key)).toBe(1234);
    expect(decodePaginationKey("s3cret", "GVA", key)).toBeNull();
    expect(decodePaginationKey("other", "LSE", key)).toBeNull();
  });

  it("refuse forged and corrupted keys", () => {
    const key = encodePaginationKey("s3cret", "LSE", 5);
    const forgedBody = Buffer.from("LSE:999").toString("base64url");
    expect(decodePaginationKey("s3cret", "LSE", `${forgedBody}.${key.split(".")[1]}`)).toBeNull();
    expect(decodePaginationKey("s3cret", "LSE", key.slice(0, -1))).toBeNull();
    expect(decodePaginationKey("s3cret", "LSE", "garbage")).toBeNull();
    expect(decodePaginationKey("s3cret", "LSE", `${key}.x`)).toBeNull();
  });
});
