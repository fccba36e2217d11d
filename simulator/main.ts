// npm run sim — the TIXNGO simulator as a process of its own.
//   SIM_PORT (4010), SIM_HOST (127.0.0.1), SIM_ADMIN_TOKEN (sim-admin),
//   SIM_SNAPSHOT (file kept across restarts), SIM_DELETION_DELAY_MS (3000),
//   SIM_KEYS ("LSE=demo-key-lse,GVA=demo-key-gva", the demo organizers' keys).
import { seededRandom } from "./bulk";
import { startSimulator } from "./server";

const keys = (process.env.SIM_KEYS ?? "LSE=demo-key-lse,GVA=demo-key-gva")
  .split(",")
  .map((pair) => pair.trim().split("="))
  .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]) && Boolean(pair[1]));

// SIM_FAULT_SEED: injected faults fall on the same requests on every run.
const faultSeed = process.env.SIM_FAULT_SEED ? Number(process.env.SIM_FAULT_SEED) : undefined;
const sim = await startSimulator({
  random: faultSeed === undefined ? undefined : seededRandom(faultSeed),
  port: Number(process.env.SIM_PORT ?? 4010),
  host: process.env.SIM_HOST ?? "127.0.0.1",
  adminToken: process.env.SIM_ADMIN_TOKEN ?? "sim-admin",
  snapshotPath: process.env.SIM_SNAPSHOT || undefined,
  deletionDelayMs: Number(process.env.SIM_DELETION_DELAY_MS ?? 3000),
  keys,
});
console.log(`TIXNGO simulator on ${sim.url}`);
console.log(`  API:     ${sim.apiUrl}   (header x-tixngo-key)`);
console.log(`  Console: ${sim.url}/?token=${sim.adminToken}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void sim.close().then(() => process.exit(0));
  });
}
