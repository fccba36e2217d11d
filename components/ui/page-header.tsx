import type { ReactNode } from "react";

/** A page's title, what it is about, where it sits and what can be done from it. */
export function PageHeader({
  title,
  subtitle,
  breadcrumb,
  actions,
  titleTestId,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  breadcrumb?: ReactNode;
  actions?: ReactNode;
  titleTestId?: string;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        {breadcrumb && <p className="muted">{breadcrumb}</p>}
        <h1 data-testid={titleTestId}>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-start gap-2">{actions}</div>}
    </div>
  );
}
