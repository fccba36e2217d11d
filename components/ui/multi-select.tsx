"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { TControlProps } from "./field";
import type { TSelectOption } from "./select";

/**
 * A searchable multi-select: chosen values show as chips, typing filters the
 * list. Keyboard: ↓/↑ move in the list, Enter adds, Escape closes, Backspace
 * on an empty search removes the last chip. Submits one hidden input per
 * value under `name`, like a native multiple select (nothing when disabled).
 */
export function MultiSelect({
  control,
  options,
  defaultValue = [],
  disabled,
  placeholder = "Type to search…",
}: {
  control: TControlProps;
  options: TSelectOption[];
  defaultValue?: string[];
  disabled?: boolean;
  placeholder?: string;
}) {
  const listId = useId();
  const [selected, setSelected] = useState(defaultValue);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const needle = query.trim().toLowerCase();
  const matches = options.filter(
    (o) => !selected.includes(o.value) && `${o.value} ${o.label}`.toLowerCase().includes(needle),
  );
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const add = (value: string) => {
    setSelected((current) => [...current, value]);
    setQuery("");
    setActive(0);
  };
  const remove = (value: string) => setSelected((current) => current.filter((v) => v !== value));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === "Enter") {
      // Enter picks an option; it never submits the form from here.
      event.preventDefault();
      const option = matches[Math.min(active, matches.length - 1)];
      if (open && option) add(option.value);
      else setOpen(true);
    } else if (event.key === "Escape") {
      setOpen(false);
    } else if (event.key === "Backspace" && query === "" && selected.length) {
      remove(selected[selected.length - 1]!);
    }
  };

  const activeOption = open ? matches[active] : undefined;
  return (
    <div className={`rounded-md border border-slate-300 bg-white p-1 ${disabled ? "opacity-60" : ""}`}>
      {selected.length > 0 && (
        <ul className="flex flex-wrap gap-1 p-1" aria-label="Selected">
          {selected.map((value) => (
            <li
              key={value}
              className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-900 ring-1 ring-indigo-200"
              data-testid={`chip-${control.name}-${value}`}
            >
              <span title={labelOf(value)}>{value}</span>
              <button
                type="button"
                className="rounded-full px-1 hover:bg-indigo-100"
                aria-label={`Remove ${value}`}
                disabled={disabled}
                onClick={() => remove(value)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...control}
        name={undefined}
        type="text"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeOption.value}` : undefined}
        autoComplete="off"
        className="w-full border-0 px-2 py-1 text-sm outline-none"
        placeholder={placeholder}
        disabled={disabled}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && matches.length > 0 && !disabled && (
        <ul id={listId} role="listbox" aria-multiselectable className="max-h-48 overflow-y-auto border-t text-sm">
          {matches.map((o, i) => (
            <li
              key={o.value}
              id={`${listId}-${o.value}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-2 py-1 ${i === active ? "bg-indigo-50" : ""}`}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                add(o.value);
              }}
            >
              {o.value} — {o.label}
            </li>
          ))}
        </ul>
      )}
      {!disabled && selected.map((value) => <input key={value} type="hidden" name={control.name} value={value} />)}
    </div>
  );
}
