import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";

export type TColumn<TRow> = {
  header: ReactNode;
  cell: (row: TRow) => ReactNode;
  className?: string;
};

/** A list in a card: a table of the rows, or what an empty list says. Paging stays with the page (keyset links). */
export function DataTable<TRow>({
  rows,
  columns,
  rowKey,
  empty,
  testId,
  rowTestId,
  footer,
}: {
  rows: TRow[];
  columns: TColumn<TRow>[];
  rowKey: (row: TRow) => string | number | bigint;
  empty: ReactNode;
  testId?: string;
  rowTestId?: (row: TRow) => string;
  /** Under the table, inside the card: typically the next-page link. */
  footer?: ReactNode;
}) {
  return (
    <div className="card overflow-x-auto">
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <table className="table" data-testid={testId}>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={i}>{column.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(rowKey(row))} data-testid={rowTestId?.(row)}>
                {columns.map((column, i) => (
                  <td key={i} className={column.className}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {footer}
    </div>
  );
}
