import type { ReactNode } from "react";

/** A caution under a field: what the setting does that the operator may not expect. */
export function Warning({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p
      className="mt-1 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900"
      data-testid={testId}
    >
      ⚠ {children}
    </p>
  );
}
