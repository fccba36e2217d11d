"use client";

import { BatchSizeField, DateFromField, TaxNumbersField } from "./common-fields";
import type { TFieldsetProps } from "./fieldset-props";

export function PushCancelledTicketsFieldset({ state, values }: TFieldsetProps) {
  const s = values.settings;
  return (
    <>
      <BatchSizeField state={state} stored={s.batchSize} emptyMeansAll />
      <DateFromField state={state} stored={s.dateFrom} timeZone={values.timeZone} />
      <TaxNumbersField name="skipTaxNumbers" label="Skip ticket tax numbers" state={state} stored={s.skipTaxNumbers} />
      <TaxNumbersField
        name="forceTaxNumbers"
        label="Force ticket tax numbers"
        state={state}
        stored={s.forceTaxNumbers}
        hint="Sent even when already processed."
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="notifySpectator" defaultChecked={s.notifySpectator === true} /> Notify spectator
        (show the deleted ticket in the wallet)
      </label>
    </>
  );
}
