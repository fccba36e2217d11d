"use client";

import { useState } from "react";
import { FieldError } from "./field-error";
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
        <div>
          <label className="label" htmlFor="name">
            Name
          </label>
          <input id="name" name="name" className="input" defaultValue={values.name} />
          <FieldError state={state} name="name" />
        </div>
        <div>
          <label className="label" htmlFor="type">
            Type
          </label>
          <select
            id="type"
            name="type"
            className="input"
            value={type}
            onChange={(e) => setType(e.target.value as TInterfaceFormValues["type"])}
          >
            <option value="TIXNGO">TIXNGO</option>
            <option value="TIXNGO_WITH_TEMPLATE">TIXNGO with ticket template</option>
          </select>
          <FieldError state={state} name="type" />
        </div>
        <div className="md:col-span-2">
          <label className="label" htmlFor="apiUrl">
            API URL
          </label>
          <input
            id="apiUrl"
            name="apiUrl"
            className="input font-mono"
            defaultValue={values.apiUrl}
            placeholder="https://api.tixngo.io/v3/organizer/tickets"
          />
          <p className="muted mt-1">As provided by TIXNGO; it must end with organizer/tickets.</p>
          <FieldError state={state} name="apiUrl" />
        </div>
        <div>
          <label className="label" htmlFor="username">
            Username
          </label>
          <input id="username" name="username" className="input" defaultValue={values.username} />
          <FieldError state={state} name="username" />
        </div>
        <div>
          <label className="label" htmlFor="apiKey">
            API key (password)
          </label>
          <input
            id="apiKey"
            name="apiKey"
            type="password"
            autoComplete="new-password"
            className="input font-mono"
            placeholder={
              editing ? `Stored: ${values.apiKeyHint} — type a new key to replace it` : "The key TIXNGO gave you"
            }
          />
          <p className="muted mt-1">Encrypted at rest; never shown again.</p>
          <FieldError state={state} name="apiKey" />
        </div>
        <div className="md:col-span-2">
          <label className="label" htmlFor="failureEmails">
            Failure e-mail addresses
          </label>
          <textarea
            id="failureEmails"
            name="failureEmails"
            rows={2}
            className="input"
            defaultValue={values.failureEmails}
            placeholder="ops@example.com, oncall@example.com"
          />
          <p className="muted mt-1">Notified when a schedule ends in error. Comma or line separated.</p>
          <FieldError state={state} name="failureEmails" />
        </div>
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
        <FieldError state={state} name="customParameters" />
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
          <FieldError state={state} name="ticketTemplate" />
        </fieldset>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : editing ? "Save interface" : "Create interface"}
      </button>
    </form>
  );
}
