"use client";

import { BatchSizeField, DateFromField, TaxNumbersField } from "./common-fields";
import type { TFieldsetProps } from "./fieldset-props";

export function PushControlledTicketsFieldset({ state, values }: TFieldsetProps) {
  const s = values.settings;
  return (
    <>
      <BatchSizeField state={state} stored={s.batchSize} emptyMeansAll />
      <DateFromField state={state} stored={s.dateFrom} timeZone={values.timeZone} />
      <TaxNumbersField name="skipTaxNumbers" label="Skip ticket tax numbers" state={state} stored={s.skipTaxNumbers} />
    </>
  );
}
