"use client";

import { useState } from "react";
import { Field, FieldErrors } from "./ui/field";
import { Select } from "./ui/select";
import { type TFormAction, useFormAction } from "./use-form-action";
import type { TKnownParameter } from "@/lib/functions/parameters";

export type TInterfaceFormValues = {
  name: string;
  type: "TIXNGO" | "TIXNGO_WITH_TEMPLATE";
  apiUrl: string;
  username: string;
  apiKeyHint?: string;
  failureEmails: string;
  customParameters: { key: string; value: string }[];
  ticketTemplate: { field: string; value: string }[];
};

export function InterfaceForm({
  action,
  values,
  known,
  templateFields,
  placeholders,
}: {
  action: TFormAction;
  values: TInterfaceFormValues;
  known: TKnownParameter[];
  templateFields: readonly string[];
  placeholders: string[];
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  const [rows, setRows] = useState(
    values.customParameters.length ? values.customParameters : [{ key: "TIXNGO_LIFECYCLE_MODE", value: "lifecycle" }],
  );
  const editing = Boolean(values.apiKeyHint);
  const [type, setType] = useState(values.type);
  const [template, setTemplate] = useState(values.ticketTemplate);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate data-testid="interface-form">
      {state.error && (
        <p
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="form-error"
        >
          {state.error}
        </p>
      )}
      <fieldset className="card grid gap-4 p-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">External printing interface</legend>
        <Field name="name" label="Name" state={state}>
          {(control) => <input {...control} className="input" defaultValue={values.name} />}
        </Field>
        <Field name="type" label="Type" state={state}>
          {(control) => (
            <Select
              {...control}
              value={type}
              onChange={(e) => setType(e.target.value === "TIXNGO_WITH_TEMPLATE" ? "TIXNGO_WITH_TEMPLATE" : "TIXNGO")}
              options={[
                { value: "TIXNGO", label: "TIXNGO" },
                { value: "TIXNGO_WITH_TEMPLATE", label: "TIXNGO with ticket template" },
              ]}
            />
          )}
        </Field>
        <Field
          name="apiUrl"
          label="API URL"
          state={state}
          className="md:col-span-2"
          hint="As provided by TIXNGO; it must end with organizer/tickets."
        >
          {(control) => (
            <input
              {...control}
              className="input font-mono"
              defaultValue={values.apiUrl}
              placeholder="https://api.tixngo.io/v3/organizer/tickets"
            />
          )}
        </Field>
        <Field name="username" label="Username" state={state}>
          {(control) => <input {...control} className="input" defaultValue={values.username} />}
        </Field>
        <Field name="apiKey" label="API key (password)" state={state} hint="Encrypted at rest; never shown again.">
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              className="input font-mono"
              placeholder={
                editing ? `Stored: ${values.apiKeyHint} — type a new key to replace it` : "The key TIXNGO gave you"
              }
            />
          )}
        </Field>
        <Field
          name="failureEmails"
          label="Failure e-mail addresses"
          state={state}
          className="md:col-span-2"
          hint="Notified when a schedule ends in error. Comma or line separated."
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              className="input"
              defaultValue={values.failureEmails}
              placeholder="ops@example.com, oncall@example.com"
            />
          )}
        </Field>
      </fieldset>
      <fieldset className="card p-4">
        <legend className="px-1 text-sm font-semibold">Custom parameters</legend>
        <datalist id="known-parameters">
          {known.map((p) => (
            <option key={p.key} value={p.key}>
              {p.help}
            </option>
          ))}
        </datalist>
        <table className="table">
          <thead>
            <tr>
              <th>Key</th>
              <th>Value</th>
              <th>Default / meaning</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const info = known.find((p) => p.key === row.key);
              return (
                <tr key={index}>
                  <td>
                    <input
                      aria-label={`Parameter ${index + 1} key`}
                      name="paramKey"
                      list="known-parameters"
                      className="input font-mono"
                      value={row.key}
                      onChange={(e) => setRows(rows.map((r, i) => (i === index ? { ...r, key: e.target.value } : r)))}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Parameter ${index + 1} value`}
                      name="paramValue"
                      className="input font-mono"
                      value={row.value}
                      onChange={(e) => setRows(rows.map((r, i) => (i === index ? { ...r, value: e.target.value } : r)))}
                    />
                  </td>
                  <td className="muted">
                    {info ? (
                      <>
                        {info.defaultValue ? <code>{info.defaultValue}</code> : "—"} · {info.help}
                      </>
                    ) : row.key ? (
                      "Unknown key: kept as is."
                    ) : (
                      ""
                    )}
                  </td>
                  <td>
                    <button type="button" className="btn" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button type="button" className="btn mt-2" onClick={() => setRows([...rows, { key: "", value: "" }])}>
          Add parameter
        </button>
        <FieldErrors name="customParameters" state={state} />
      </fieldset>
      {type === "TIXNGO_WITH_TEMPLATE" && (
        <fieldset className="card p-4" data-testid="ticket-template">
          <legend className="px-1 text-sm font-semibold">Ticket template</legend>
          <p className="muted mb-2">
            Overrides of the injected payload. Placeholders:{" "}
            {placeholders.map((p) => (
              <code key={p} className="mr-1">
                {"${" + p + "}"}
              </code>
            ))}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th>Payload field</th>
                <th>Value</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {template.map((row, index) => (
                <tr key={index}>
                  <td>
                    <select
                      aria-label={`Template ${index + 1} field`}
                      name="templateField"
                      className="input font-mono"
                      value={row.field}
                      onChange={(e) =>
                        setTemplate(template.map((r, i) => (i === index ? { ...r, field: e.target.value } : r)))
                      }
                    >
                      {templateFields.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`Template ${index + 1} value`}
                      name="templateValue"
                      className="input font-mono"
                      value={row.value}
                      onChange={(e) =>
                        setTemplate(template.map((r, i) => (i === index ? { ...r, value: e.target.value } : r)))
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn"
                      onClick={() => setTemplate(template.filter((_, i) => i !== index))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="btn mt-2"
            onClick={() => setTemplate([...template, { field: templateFields[0] ?? "", value: "" }])}
          >
            Add override
          </button>
          <FieldErrors name="ticketTemplate" state={state} />
        </fieldset>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : editing ? "Save interface" : "Create interface"}
      </button>
    </form>
  );
}
