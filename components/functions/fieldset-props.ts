import type { TActionState } from "@/lib/actions/action-state";
import type { TScheduleFormOptions, TScheduleFormValues } from "@/lib/schedules/schedule-form-types";

/** What the schedule form hands the fieldset of its function. */
export type TFieldsetProps = {
  state: TActionState;
  values: TScheduleFormValues;
  options: TScheduleFormOptions;
  /** The schedule launches automatically (some warnings depend on it). */
  automatic: boolean;
};

/** A stored setting read back as a list of codes. */
export function settingList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** A stored setting read back as the text an input shows. */
export function settingText(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  if (value === undefined || value === null) return "";
  return String(value);
}
