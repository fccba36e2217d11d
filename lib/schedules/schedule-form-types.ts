// What the schedule form is given: the organization's catalog codes, and a
// schedule's stored values (lib/schedules/form-options.ts, schedule-form-values.ts).
export type TOption = { code: string; name: string };

export type TScheduleFormOptions = {
  salesChannels: TOption[];
  pointsOfSale: (TOption & { salesChannel: string })[];
  seasons: TOption[];
  families: TOption[];
  products: TOption[];
  performances: TOption[];
  tariffs: TOption[];
  seatCategories: TOption[];
  cardProducts: TOption[];
};

export type TScheduleFormValues = {
  name?: string;
  launchMode?: "MANUAL" | "AUTOMATIC";
  frequencyKind?: "MINUTES" | "CRON";
  frequencyMinutes?: number | null;
  cron?: string | null;
  startAt?: string;
  endAt?: string;
  enabled?: boolean;
  notifyOnWarning?: boolean;
  paginationKey?: string | null;
  /** Retrieve-status: the stored replay file, if any. */
  replayFileName?: string | null;
  settings: Record<string, unknown>;
  /** The zone typed times and the cron expression are read in. */
  timeZone: string;
};
