import cronstrue from "cronstrue";

/** "*\/5 * * * *" → "Every 5 minutes" (client-safe: no date library). */
export function describeCron(expression: string): string {
  if (expression.trim().split(/\s+/).length !== 5)
    return "A cron expression has five fields: minute hour day month weekday.";
  try {
    return cronstrue.toString(expression, { use24HourTimeFormat: true, verbose: false });
  } catch {
    return "Not a valid cron expression.";
  }
}
