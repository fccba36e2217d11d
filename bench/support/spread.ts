/** P6: the largest deviation from the median, as a share of the median (0.2 = ±20 %). */
export function spreadOf(values: number[]): number | null {
  if (values.length < 2) return null;
  const middle = median(values);
  return Math.round((Math.max(...values.map((v) => Math.abs(v - middle))) / middle) * 100) / 100;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
