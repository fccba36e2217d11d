import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseConfig } from "./config";

describe("databaseConfig", () => {
  it("defaults to embedded PGlite in ./data/pglite", () => {
    expect(databaseConfig(undefined)).toEqual({ kind: "pglite", dataDir: path.resolve("data/pglite") });
    expect(databaseConfig("")).toEqual({ kind: "pglite", dataDir: path.resolve("data/pglite") });
  });

  it("reads pglite:<dir>, pglite:memory and postgres URLs", () => {
    expect(databaseConfig("pglite:/tmp/x")).toEqual({ kind: "pglite", dataDir: "/tmp/x" });
    expect(databaseConfig("pglite:memory")).toEqual({ kind: "pglite", dataDir: "memory://" });
    expect(databaseConfig("postgres://u@h/db")).toEqual({ kind: "postgres", url: "postgres://u@h/db" });
    expect(databaseConfig("postgresql://u@h/db").kind).toBe("postgres");
  });

  it("refuses anything else without echoing credentials", () => {
    expect(() => databaseConfig("mysql://user:secret@h/db")).toThrow(/pglite:<dir> or postgres/);
    expect(() => databaseConfig("mysql://user:secret@h/db")).not.toThrow(/secret/);
  });
});
