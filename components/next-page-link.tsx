import Link from "next/link";

/** "Next page" for keyset pagination: keeps the filters, replaces the cursor. */
export function NextPageLink({
  path,
  params,
  after,
}: {
  path: string;
  params: Record<string, string | undefined>;
  after?: number;
}) {
  const first = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "after"),
  );
  const next = new URLSearchParams(first);
  if (after) next.set("after", String(after));
  return (
    <div className="flex gap-2 p-3">
      {params.after && (
        <Link className="btn" href={`${path}?${first.toString()}`}>
          First page
        </Link>
      )}
      {after && (
        <Link className="btn" data-testid="next-page" href={`${path}?${next.toString()}`}>
          Next page
        </Link>
      )}
    </div>
  );
}
