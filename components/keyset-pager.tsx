import Link from "next/link";
import { hrefWith } from "./href-with";

/**
 * "51–100 of 12,345" with First, Previous and Next for keyset pagination:
 * keeps the filters, swaps the cursor (`after` the last row, `before` the first).
 */
export function KeysetPager({
  path,
  filters,
  offset,
  shown,
  total,
  nextAfter,
  prevBefore,
}: {
  path: string;
  filters: Record<string, string | undefined>;
  offset: number;
  shown: number;
  total: number;
  nextAfter?: number;
  prevBefore?: number;
}) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-2 p-3">
      <p className="muted mr-auto tabular-nums" data-testid="page-range">
        {shown === 0
          ? `0 of ${total.toLocaleString("en")}`
          : `${(offset + 1).toLocaleString("en")}–${(offset + shown).toLocaleString("en")} of ${total.toLocaleString("en")}`}
      </p>
      {prevBefore !== undefined && (
        <>
          <Link className="btn" href={hrefWith(path, filters)}>
            First page
          </Link>
          <Link
            className="btn"
            data-testid="previous-page"
            href={hrefWith(path, { ...filters, before: String(prevBefore) })}
          >
            Previous page
          </Link>
        </>
      )}
      {nextAfter !== undefined && (
        <Link className="btn" data-testid="next-page" href={hrefWith(path, { ...filters, after: String(nextAfter) })}>
          Next page
        </Link>
      )}
    </nav>
  );
}
