"use client";

import { useState } from "react";
import { HOLDER_FIELDS } from "@/lib/functions/common/constants";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { BatchSizeField, CodeMultiSelect } from "./common-fields";
import { settingList, settingText, type TFieldsetProps } from "./fieldset-props";

export function TicketInjectionFieldset({ state, values, options }: TFieldsetProps) {
  const s = values.settings;
  const [fileNumber, setFileNumber] = useState(settingText(s.fileNumber));
  // The file number is exclusive: the other filters are ignored, so they are disabled (and not sent).
  const filtersDisabled = fileNumber.trim() !== "";
  const filters = [
    { name: "salesChannels", label: "Sales channels of origin", options: options.salesChannels },
    { name: "seasons", label: "Seasons", options: options.seasons },
    { name: "productFamilies", label: "Product families", options: options.families },
    { name: "products", label: "Products", options: options.products },
    { name: "performances", label: "Performances", options: options.performances },
    { name: "tariffs", label: "Tariffs", options: options.tariffs },
    { name: "seatCategories", label: "Seat categories", options: options.seatCategories },
  ];
  return (
    <>
      <BatchSizeField state={state} stored={s.batchSize} />
      <Field
        name="fileNumber"
        label="File number"
        state={state}
        className="md:col-span-2"
        hint="Exclusive: when set, the other filters are ignored (and disabled here)."
      >
        {(control) => (
          <input
            {...control}
            className="input font-mono"
            value={fileNumber}
            onChange={(e) => setFileNumber(e.target.value)}
          />
        )}
      </Field>
      {filters.map((filter) => (
        <CodeMultiSelect
          key={filter.name}
          {...filter}
          stored={s[filter.name]}
          disabled={filtersDisabled}
          state={state}
        />
      ))}
      <p className="muted md:col-span-2">
        Filters add up (AND). None selected: every NOT_PRINTED ticket, by ticket id.
      </p>
      <fieldset className="md:col-span-2">
        <legend className="label">Mandatory ticket holder fields</legend>
        <div className="flex flex-wrap gap-3 text-sm">
          {HOLDER_FIELDS.map((f) => (
            <label key={f} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                name="mandatoryHolderFields"
                value={f}
                defaultChecked={settingList(s.mandatoryHolderFields).includes(f)}
              />{" "}
              {f}
            </label>
          ))}
        </div>
        <p className="muted mt-1">Tickets missing one of them are skipped and reported.</p>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="mainApplicant" defaultChecked={s.mainApplicant === true} /> Main applicant (when
        the beneficiary is the buyer)
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="simulation" defaultChecked={s.simulation === true} /> Simulation mode (nothing
        sent, nothing changed)
      </label>
      <Field name="printerSalesChannel" label="Point of sale: sales channel" state={state}>
        {(control) => (
          <Select
            {...control}
            defaultValue={settingText(s.printerSalesChannel) || "EXT"}
            options={options.salesChannels.map((o) => ({ value: o.code, label: `${o.code} — ${o.name}` }))}
          />
        )}
      </Field>
      <Field
        name="printerPointOfSale"
        label="Point of sale"
        state={state}
        hint="Recorded as the printer of the injected tickets."
      >
        {(control) => (
          <Select
            {...control}
            defaultValue={settingText(s.printerPointOfSale) || "TIXNGO"}
            options={options.pointsOfSale.map((o) => ({
              value: o.code,
              label: `${o.code} — ${o.name} (${o.salesChannel})`,
            }))}
          />
        )}
      </Field>
    </>
  );
}
