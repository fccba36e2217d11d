"use client";

// The schedule wizard's second step: the common fields, then exactly the
// fields of the chosen function (docs/functions.md), with the warnings the docs give.
import { useState } from "react";
import type { TActionState } from "@/lib/actions/action-state";
import { FieldError } from "./field-error";
import { stageReplayFileOf } from "./stage-replay-file";
import { type TFormAction, useFormAction } from "./use-form-action";
import { describeCron } from "@/lib/schedules/describe-cron";
import type { TOption, TScheduleFormOptions, TScheduleFormValues } from "@/lib/schedules/schedule-form-types";
import { HOLDER_FIELDS, RECOMMENDED_BATCH_SIZE, RECOMMENDED_FREQUENCY_MINUTES } from "@/lib/functions/common/constants";

type TFn =
  | "TICKET_INJECTION"
  | "RETRIEVE_TICKET_STATUS"
  | "PUSH_CANCELLED_TICKETS"
  | "PUSH_CONTROLLED_TICKETS"
  | "INJECT_DIGITAL_PRIVILEGES";

function Warning({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <p
      className="mt-1 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900"
      data-testid={testId}
    >
      ⚠ {children}
    </p>
  );
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function text(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  if (value === undefined || value === null) return "";
  return String(value);
}

function CodeSelect({
  name,
  label,
  options,
  selected,
  disabled,
  state,
}: {
  name: string;
  label: string;
  options: TOption[];
  selected: string[];
  disabled?: boolean;
  state: TActionState;
}) {
  return (
    <div>
      <label className="label" htmlFor={name}>
        {label}
      </label>
      <select id={name} name={name} multiple className="input h-24" defaultValue={selected} disabled={disabled}>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.code} — {o.name}
          </option>
        ))}
      </select>
      <FieldError state={state} name={name} />
    </div>
  );
}

export function ScheduleForm({
  fn,
  action,
  values,
  options,
  submitLabel,
}: {
  fn: TFn;
  action: TFormAction;
  values: TScheduleFormValues;
  options: TScheduleFormOptions;
  submitLabel: string;
}) {
  const { state, onSubmit, pending } = useFormAction(
    action,
    fn === "RETRIEVE_TICKET_STATUS" ? stageReplayFileOf : undefined,
  );
  const [launch, setLaunch] = useState(values.launchMode ?? "MANUAL");
  const [kind, setKind] = useState(values.frequencyKind ?? "MINUTES");
  const [cron, setCron] = useState(values.cron ?? "*/5 * * * *");
  const [fileNumber, setFileNumber] = useState(text(values.settings.fileNumber));
  const [dateFrom, setDateFrom] = useState(text(values.settings.dateFrom));
  const [keyEdited, setKeyEdited] = useState(false);
  const s = values.settings;
  const automatic = launch === "AUTOMATIC";
  const injection = fn === "TICKET_INJECTION";
  const filtersDisabled = injection && fileNumber.trim() !== "";

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate data-testid="schedule-form">
      {state.error && (
        <p
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="form-error"
        >
          {state.error}
        </p>
      )}

      <fieldset className="card grid gap-4 p-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Schedule</legend>
        <div>
          <label className="label" htmlFor="name">
            Internal name
          </label>
          <input id="name" name="name" className="input" defaultValue={values.name} required maxLength={100} />
          <FieldError state={state} name="name" />
        </div>
        <div>
          <span className="label">Launch</span>
          <div className="flex gap-4 text-sm">
            {(["MANUAL", "AUTOMATIC"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="launchMode"
                  value={mode}
                  checked={launch === mode}
                  onChange={() => setLaunch(mode)}
                />{" "}
                {mode === "MANUAL" ? "Manual" : "Automatic"}
              </label>
            ))}
          </div>
          <FieldError state={state} name="launchMode" />
        </div>
        {automatic && (
          <>
            <div>
              <span className="label">Frequency</span>
              <div className="flex items-center gap-3 text-sm">
                <label className="flex items-center gap-1.5">
                  <input
                    type="radio"
                    name="frequencyKind"
                    value="MINUTES"
                    checked={kind === "MINUTES"}
                    onChange={() => setKind("MINUTES")}
                  />{" "}
                  Every
                </label>
                <input
                  aria-label="Minutes"
                  name="frequencyMinutes"
                  type="number"
                  min={1}
                  className="input w-20"
                  defaultValue={values.frequencyMinutes ?? RECOMMENDED_FREQUENCY_MINUTES}
                  disabled={kind !== "MINUTES"}
                />
                <span>minutes</span>
                <label className="flex items-center gap-1.5">
                  <input
                    type="radio"
                    name="frequencyKind"
                    value="CRON"
                    checked={kind === "CRON"}
                    onChange={() => setKind("CRON")}
                  />{" "}
                  Cron
                </label>
              </div>
              {kind === "CRON" && (
                <>
                  <input
                    aria-label="Cron expression"
                    name="cron"
                    className="input mt-2 font-mono"
                    value={cron}
                    onChange={(e) => setCron(e.target.value)}
                  />
                  <p className="muted mt-1" data-testid="cron-words">
                    {describeCron(cron)}, {values.timeZone} time
                  </p>
                </>
              )}
              <p className="muted mt-1">Recommended: every {RECOMMENDED_FREQUENCY_MINUTES} minutes.</p>
              <FieldError state={state} name="frequencyMinutes" />
              <FieldError state={state} name="cron" />
            </div>
            <div className="grid grid-cols-2 gap-3">
              <div>
                <label className="label" htmlFor="startAt">
                  Start ({values.timeZone})
                </label>
                <input
                  id="startAt"
                  name="startAt"
                  type="datetime-local"
                  className="input"
                  defaultValue={values.startAt}
                />
                <FieldError state={state} name="startAt" />
              </div>
              <div>
                <label className="label" htmlFor="endAt">
                  End ({values.timeZone})
                </label>
                <input id="endAt" name="endAt" type="datetime-local" className="input" defaultValue={values.endAt} />
                <FieldError state={state} name="endAt" />
              </div>
            </div>
          </>
        )}
        <div className="flex flex-col gap-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="enabled" defaultChecked={values.enabled ?? true} /> Enabled
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="notifyOnWarning" defaultChecked={values.notifyOnWarning ?? false} /> Also
            e-mail the failure address on WARNING
          </label>
        </div>
      </fieldset>

      <fieldset className="card grid gap-4 p-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Function settings</legend>
        <div>
          <label className="label" htmlFor="batchSize">
            Batch size
          </label>
          <input
            id="batchSize"
            name="batchSize"
            type="number"
            min={1}
            className="input"
            defaultValue={text(s.batchSize ?? (fn.startsWith("PUSH") ? "" : RECOMMENDED_BATCH_SIZE))}
          />
          <p className="muted mt-1">
            {fn.startsWith("PUSH")
              ? "Keep it empty: every ticket since the last OK or WARNING run is sent."
              : `Recommended: ${RECOMMENDED_BATCH_SIZE.toLocaleString("en")}.`}
          </p>
          <FieldError state={state} name="batchSize" />
        </div>

        {fn === "RETRIEVE_TICKET_STATUS" && (
          <>
            <div>
              <label className="label" htmlFor="paginationKey">
                Pagination key
              </label>
              <input
                id="paginationKey"
                name="paginationKey"
                className="input font-mono text-xs"
                defaultValue={values.paginationKey ?? ""}
                onChange={() => setKeyEdited(true)}
              />
              <p className="muted mt-1">
                {values.paginationKey
                  ? "The key TIXNGO returned last; the next run reads from there."
                  : "Empty: the first run reads from the beginning."}
              </p>
              <Warning testId="pagination-key-warning">
                Filled by TIXNGO after each run. Do not change it unless you know what you are doing
                {keyEdited ? ": saving will override it (recorded in the audit log)." : "."}
              </Warning>
            </div>
            <div className="md:col-span-2">
              <label className="label" htmlFor="skipTaxNumbers">
                Skip ticket tax numbers
              </label>
              <input
                id="skipTaxNumbers"
                name="skipTaxNumbers"
                className="input font-mono"
                defaultValue={text(s.skipTaxNumbers)}
                placeholder="LSE26100001, LSE26100002"
              />
              <p className="muted mt-1">Comma separated; ignored when TIXNGO returns them.</p>
              <FieldError state={state} name="skipTaxNumbers" />
            </div>
            <div className="md:col-span-2">
              <label className="label" htmlFor="replayFile">
                File to upload
              </label>
              <input id="replayFile" name="replayFile" type="file" accept="application/json,.json" className="input" />
              <p className="muted mt-1">
                A diff response or an array of lifecycle tickets (JSON), processed as if TIXNGO had returned it; the
                pagination key stays as it is.
                {values.replayFileName && (
                  <>
                    {" "}
                    Stored: <code data-testid="replay-file-name">{values.replayFileName}</code>{" "}
                    <label className="ml-2 inline-flex items-center gap-1">
                      <input type="checkbox" name="removeReplayFile" /> remove it
                    </label>
                  </>
                )}
              </p>
              {(automatic || values.replayFileName) && (
                <Warning testId="replay-file-warning">
                  Use with caution: with a file, every run processes the same tickets again
                  {automatic ? " — and this schedule is automatic, so it will do so at every run" : ""}. Not for
                  day-to-day operation.
                </Warning>
              )}
              <FieldError state={state} name="replayFile" />
            </div>
          </>
        )}

        {(fn === "PUSH_CANCELLED_TICKETS" || fn === "PUSH_CONTROLLED_TICKETS") && (
          <>
            <div>
              <label className="label" htmlFor="dateFrom">
                Date from ({values.timeZone})
              </label>
              <input
                id="dateFrom"
                name="dateFrom"
                type="datetime-local"
                className="input"
                value={dateFrom}
                onChange={(e) => setDateFrom(e.target.value)}
              />
              <p className="muted mt-1">Overrides the end of the last OK or WARNING run.</p>
              {dateFrom && (
                <Warning testId="date-from-warning">
                  While Date from stays set, every run sends the same tickets again. Use it once, in a separate
                  schedule, then clear it.
                </Warning>
              )}
              <FieldError state={state} name="dateFrom" />
            </div>
            <div>
              <label className="label" htmlFor="skipTaxNumbers">
                Skip ticket tax numbers
              </label>
              <input
                id="skipTaxNumbers"
                name="skipTaxNumbers"
                className="input font-mono"
                defaultValue={text(s.skipTaxNumbers)}
              />
              <FieldError state={state} name="skipTaxNumbers" />
            </div>
            {fn === "PUSH_CANCELLED_TICKETS" && (
              <>
                <div>
                  <label className="label" htmlFor="forceTaxNumbers">
                    Force ticket tax numbers
                  </label>
                  <input
                    id="forceTaxNumbers"
                    name="forceTaxNumbers"
                    className="input font-mono"
                    defaultValue={text(s.forceTaxNumbers)}
                  />
                  <p className="muted mt-1">Sent even when already processed.</p>
                  <FieldError state={state} name="forceTaxNumbers" />
                </div>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="notifySpectator" defaultChecked={s.notifySpectator === true} /> Notify
                  spectator (show the deleted ticket in the wallet)
                </label>
              </>
            )}
          </>
        )}

        {injection && (
          <>
            <div className="md:col-span-2">
              <label className="label" htmlFor="fileNumber">
                File number
              </label>
              <input
                id="fileNumber"
                name="fileNumber"
                className="input font-mono"
                value={fileNumber}
                onChange={(e) => setFileNumber(e.target.value)}
              />
              <p className="muted mt-1">Exclusive: when set, the other filters are ignored (and disabled here).</p>
              <FieldError state={state} name="fileNumber" />
            </div>
            <CodeSelect
              name="salesChannels"
              label="Sales channels of origin"
              options={options.salesChannels}
              selected={list(s.salesChannels)}
              disabled={filtersDisabled}
              state={state}
            />
            <CodeSelect
              name="seasons"
              label="Seasons"
              options={options.seasons}
              selected={list(s.seasons)}
              disabled={filtersDisabled}
              state={state}
            />
            <CodeSelect
              name="productFamilies"
              label="Product families"
              options={options.families}
              selected={list(s.productFamilies)}
              disabled={filtersDisabled}
              state={state}
            />
            <CodeSelect
              name="products"
              label="Products"
              options={options.products}
              selected={list(s.products)}
              disabled={filtersDisabled}
              state={state}
            />
            <CodeSelect
              name="performances"
              label="Performances"
              options={options.performances}
              selected={list(s.performances)}
              disabled={filtersDisabled}
              state={state}
            />
            <CodeSelect
              name="tariffs"
              label="Tariffs"
              options={options.tariffs}
              selected={list(s.tariffs)}
              disabled={filtersDisabled}
              state={state}
            />
            <CodeSelect
              name="seatCategories"
              label="Seat categories"
              options={options.seatCategories}
              selected={list(s.seatCategories)}
              disabled={filtersDisabled}
              state={state}
            />
            <p className="muted md:col-span-2">
              Filters add up (AND). None selected: every NOT_PRINTED ticket, by ticket id.
            </p>
            <div className="md:col-span-2">
              <span className="label">Mandatory ticket holder fields</span>
              <div className="flex flex-wrap gap-3 text-sm">
                {HOLDER_FIELDS.map((f) => (
                  <label key={f} className="flex items-center gap-1.5">
                    <input
                      type="checkbox"
                      name="mandatoryHolderFields"
                      value={f}
                      defaultChecked={list(s.mandatoryHolderFields).includes(f)}
                    />{" "}
                    {f}
                  </label>
                ))}
              </div>
              <p className="muted mt-1">Tickets missing one of them are skipped and reported.</p>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="mainApplicant" defaultChecked={s.mainApplicant === true} /> Main applicant
              (when the beneficiary is the buyer)
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="simulation" defaultChecked={s.simulation === true} /> Simulation mode
              (nothing sent, nothing changed)
            </label>
            <div>
              <label className="label" htmlFor="printerSalesChannel">
                Point of sale: sales channel
              </label>
              <select
                id="printerSalesChannel"
                name="printerSalesChannel"
                className="input"
                defaultValue={text(s.printerSalesChannel) || "EXT"}
              >
                {options.salesChannels.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.code} — {o.name}
                  </option>
                ))}
              </select>
              <FieldError state={state} name="printerSalesChannel" />
            </div>
            <div>
              <label className="label" htmlFor="printerPointOfSale">
                Point of sale
              </label>
              <select
                id="printerPointOfSale"
                name="printerPointOfSale"
                className="input"
                defaultValue={text(s.printerPointOfSale) || "TIXNGO"}
              >
                {options.pointsOfSale.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.code} — {o.name} ({o.salesChannel})
                  </option>
                ))}
              </select>
              <p className="muted mt-1">Recorded as the printer of the injected tickets.</p>
              <FieldError state={state} name="printerPointOfSale" />
            </div>
          </>
        )}

        {fn === "INJECT_DIGITAL_PRIVILEGES" && (
          <>
            <CodeSelect
              name="products"
              label="Card products (none: all)"
              options={options.cardProducts}
              selected={list(s.products)}
              state={state}
            />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="simulation" defaultChecked={s.simulation === true} /> Simulation mode
            </label>
          </>
        )}
      </fieldset>

      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
