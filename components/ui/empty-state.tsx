import type { ReactNode } from "react";

/** What an empty list says instead of an empty table. */
export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="muted p-4" data-testid={testId}>
      {children}
    </p>
  );
}
