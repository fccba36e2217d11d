import Link from "next/link";
import type { ReactNode } from "react";

/** A list's filters: a GET form (the URL is the state, so a filtered list can be shared), Filter and Clear. */
export function FilterBar({
  children,
  resetHref,
  submitLabel = "Filter",
  testId,
}: {
  children: ReactNode;
  resetHref: string;
  submitLabel?: string;
  testId?: string;
}) {
  return (
    <form className="card flex flex-wrap items-end gap-3 p-4" role="search" data-testid={testId}>
      {children}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary">
          {submitLabel}
        </button>
        <Link href={resetHref} className="btn">
          Clear
        </Link>
      </div>
    </form>
  );
}
