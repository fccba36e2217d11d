import type { ComponentProps } from "react";

export type TSelectOption = { value: string; label: string };

/** A native select over value/label options (keyboard and screen readers for free). */
export function Select({
  options,
  placeholder,
  className = "input",
  ...props
}: Omit<ComponentProps<"select">, "children"> & { options: TSelectOption[]; placeholder?: string }) {
  return (
    <select className={className} {...props}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
