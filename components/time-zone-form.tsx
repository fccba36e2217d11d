"use client";

import { FieldError } from "./field-error";
import { useFormAction, type TFormAction } from "./use-form-action";

/** The user's own zone (or the organization's), and for admins the organization's zone. */
export function TimeZoneForm({
  action,
  zones,
  userTimeZone,
  organizationTimeZone,
  canChangeOrganization,
}: {
  action: TFormAction;
  zones: string[];
  userTimeZone: string | null;
  organizationTimeZone: string;
  canChangeOrganization: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="card max-w-xl space-y-4 p-4" noValidate>
      <div>
        <label className="label" htmlFor="userTimeZone">
          Your time zone
        </label>
        <select id="userTimeZone" name="userTimeZone" className="input" defaultValue={userTimeZone ?? ""}>
          <option value="">The organization&apos;s ({organizationTimeZone})</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <FieldError state={state} name="userTimeZone" />
      </div>
      {canChangeOrganization && (
        <div>
          <label className="label" htmlFor="organizationTimeZone">
            Organization time zone
          </label>
          <select
            id="organizationTimeZone"
            name="organizationTimeZone"
            className="input"
            defaultValue={organizationTimeZone}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <p className="muted mt-1">
            Existing schedules keep the zone they were saved in; save one again to move it to this zone.
          </p>
          <FieldError state={state} name="organizationTimeZone" />
        </div>
      )}
      <div className="flex items-center gap-3">
        <button className="btn-primary" type="submit" disabled={pending}>
          Save
        </button>
        {state.message && (
          <p className="text-sm text-emerald-800" data-testid="form-message">
            {state.message}
          </p>
        )}
        {state.error && (
          <p className="field-error" data-testid="form-error">
            {state.error}
          </p>
        )}
      </div>
    </form>
  );
}
