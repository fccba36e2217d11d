"use client";

import { useState } from "react";
import { Field, FieldErrors } from "../ui/field";
import { Warning } from "../ui/warning";
import { BatchSizeField, TaxNumbersField } from "./common-fields";
import type { TFieldsetProps } from "./fieldset-props";

export function RetrieveTicketStatusFieldset({ state, values, automatic }: TFieldsetProps) {
  const [keyEdited, setKeyEdited] = useState(false);
  const s = values.settings;
  return (
    <>
      <BatchSizeField state={state} stored={s.batchSize} />
      <Field
        name="paginationKey"
        label="Pagination key"
        state={state}
        hint={
          values.paginationKey
            ? "The key TIXNGO returned last; the next run reads from there."
            : "Empty: the first run reads from the beginning."
        }
      >
        {(control) => (
          <>
            <input
              {...control}
              className="input font-mono text-xs"
              defaultValue={values.paginationKey ?? ""}
              onChange={() => setKeyEdited(true)}
            />
            <Warning testId="pagination-key-warning">
              Filled by TIXNGO after each run. Do not change it unless you know what you are doing
              {keyEdited ? ": saving will override it (recorded in the audit log)." : "."}
            </Warning>
          </>
        )}
      </Field>
      <TaxNumbersField
        name="skipTaxNumbers"
        label="Skip ticket tax numbers"
        state={state}
        stored={s.skipTaxNumbers}
        className="md:col-span-2"
        placeholder="LSE26100001, LSE26100002"
        hint="Comma separated; ignored when TIXNGO returns them."
      />
      <div className="md:col-span-2">
        <label className="label" htmlFor="replayFile">
          File to upload
        </label>
        <input
          id="replayFile"
          name="replayFile"
          type="file"
          accept="application/json,.json"
          className="input"
          aria-describedby="replayFile-hint"
        />
        <p id="replayFile-hint" className="muted mt-1">
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
            {automatic ? " — and this schedule is automatic, so it will do so at every run" : ""}. Not for day-to-day
            operation.
          </Warning>
        )}
        <FieldErrors name="replayFile" state={state} />
      </div>
    </>
  );
}
