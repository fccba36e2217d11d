import type { ReactNode } from "react";

export const BADGE_TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  info: "bg-sky-50 text-sky-800 ring-sky-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warning: "bg-amber-50 text-amber-800 ring-amber-200",
  danger: "bg-rose-50 text-rose-800 ring-rose-200",
  accent: "bg-violet-50 text-violet-800 ring-violet-200",
  muted: "bg-white text-slate-400 ring-slate-200",
} as const;

export type TBadgeTone = keyof typeof BADGE_TONES;

/** A small rounded label; `className` carries a colour that no tone names. */
export function Badge({
  tone = "neutral",
  className,
  children,
  ...data
}: {
  tone?: TBadgeTone;
  className?: string;
  children: ReactNode;
  title?: string;
  "data-status"?: string;
  "data-testid"?: string;
}) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className ?? BADGE_TONES[tone]}`}
      {...data}
    >
      {children}
    </span>
  );
}
