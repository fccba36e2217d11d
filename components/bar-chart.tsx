// Horizontal bars: the numbers people compare on the dashboard. Plain HTML so
// it renders on the server, prints, and reads well to a screen reader.
export type TBar = { label: string; value: number; className?: string };

export function BarChart({ bars, testId }: { bars: TBar[]; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="space-y-1.5" data-testid={testId}>
      {bars.map((bar) => (
        <li key={bar.label} className="grid grid-cols-[9rem_1fr_3.5rem] items-center gap-2 text-sm">
          <span className="truncate text-slate-600">{bar.label}</span>
          <span className="h-3 rounded bg-slate-100" aria-hidden>
            <span
              className={`block h-3 rounded ${bar.className ?? "bg-indigo-500"}`}
              style={{ width: `${(bar.value / max) * 100}%` }}
            />
          </span>
          <span className="text-right tabular-nums">{bar.value.toLocaleString("en")}</span>
        </li>
      ))}
    </ul>
  );
}
