"use client";

import { Field } from "./ui/field";
import { Select } from "./ui/select";
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
      <Field name="userTimeZone" label="Your time zone" state={state}>
        {(control) => (
          <Select
            {...control}
            defaultValue={userTimeZone ?? ""}
            placeholder={`The organization's (${organizationTimeZone})`}
            options={zones.map((zone) => ({ value: zone, label: zone }))}
          />
        )}
      </Field>
      {canChangeOrganization && (
        <Field
          name="organizationTimeZone"
          label="Organization time zone"
          state={state}
          hint="Existing schedules keep the zone they were saved in; save one again to move it to this zone."
        >
          {(control) => (
            <Select
              {...control}
              defaultValue={organizationTimeZone}
              options={zones.map((zone) => ({ value: zone, label: zone }))}
            />
          )}
        </Field>
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
