import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, SecretDecryptError, SecretKeyMissingError, secretHint } from "./secret-box";

describe("secret box", () => {
  it("round-trips a secret and never stores it in clear", () => {
    const stored = encryptSecret("tixngo-live-key-1234", "k1");
    expect(stored).not.toContain("tixngo-live-key");
    expect(decryptSecret(stored, "k1")).toBe("tixngo-live-key-1234");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret("same", "k1")).not.toBe(encryptSecret("same", "k1"));
  });

  it("refuses a wrong key or a tampered ciphertext with a typed error", () => {
    const stored = encryptSecret("secret", "k1");
    expect(() => decryptSecret(stored, "k2")).toThrow(SecretDecryptError);
    const [v, iv, tag, body] = stored.split(":");
    const flipped = `${v}:${iv}:${tag}:${body!.slice(0, -2)}AA`;
    expect(() => decryptSecret(flipped, "k1")).toThrow(SecretDecryptError);
    expect(() => decryptSecret("garbage", "k1")).toThrow(SecretDecryptError);
  });

  it("requires a key", () => {
    expect(() => encryptSecret("x", "")).toThrow(SecretKeyMissingError);
  });

  it("shows only the last four characters", () => {
    expect(secretHint("abcdefgh1234")).toBe("••••1234");
    expect(secretHint("abc")).toBe("••••");
  });
});
