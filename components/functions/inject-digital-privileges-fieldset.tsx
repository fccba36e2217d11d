"use client";

import { BatchSizeField, CodeMultiSelect } from "./common-fields";
import type { TFieldsetProps } from "./fieldset-props";

export function InjectDigitalPrivilegesFieldset({ state, values, options }: TFieldsetProps) {
  const s = values.settings;
  return (
    <>
      <BatchSizeField state={state} stored={s.batchSize} />
      <CodeMultiSelect
        name="products"
        label="Card products (none: all)"
        options={options.cardProducts}
        stored={s.products}
        state={state}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="simulation" defaultChecked={s.simulation === true} /> Simulation mode
      </label>
    </>
  );
}
