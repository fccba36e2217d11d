// Where a worker's CPU time goes: `tsx bench/support/profile-summary.ts <file.cpuprofile> [top]`
// prints self time by function and by module (node_modules package or project file).
import { readFileSync } from "node:fs";

type TNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type TProfile = { nodes: TNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const [file, top = "25"] = process.argv.slice(2);
if (!file) throw new Error("Usage: profile-summary.ts <file.cpuprofile> [top]");
const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = (profile.endTime - profile.startTime) / 1000;

const moduleOf = (url: string) => {
  if (!url) return "(native/idle)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url;
  return url.replace(/^file:\/\/.*?\/(lib|bench|simulator|scripts)\//, "$1/");
};
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
const functions = new Map<string, number>();
const modules = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const frame = byId.get(id)!.callFrame;
  add(functions, `${frame.functionName || "(anonymous)"} ${moduleOf(frame.url)}:${frame.lineNumber + 1}`, ms);
  add(modules, moduleOf(frame.url), ms);
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (of ${Math.round(total)} ms)`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`  ${String(Math.round(ms)).padStart(7)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
};
print("Self time by module", modules);
print("Self time by function", functions);
