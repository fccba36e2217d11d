import { NavLinks, type TNavLink } from "@/components/nav-links";
import { requirePage } from "@/lib/auth/current-user";
import { can, ROLE_LABELS } from "@/lib/auth/roles";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePage("view");
  const links: TNavLink[] = [
    { href: "/", label: "Dashboard" },
    ...(can(user.role, "administer") ? [{ href: "/interfaces", label: "Interfaces" }] : []),
    { href: "/schedules", label: "Schedules" },
    { href: "/executions", label: "Executions" },
    { href: "/tickets", label: "Tickets" },
    { href: "/contacts", label: "Contacts" },
    { href: "/guide", label: "TIXNGO statuses" },
    ...(can(user.role, "administer")
      ? [
          { href: "/users", label: "Users" },
          { href: "/audit", label: "Audit log" },
        ]
      : []),
    { href: "/settings", label: "Settings" },
  ];
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-56 shrink-0 flex-col border-r border-slate-200 bg-white p-3">
        <div className="px-3 pt-1 pb-4">
          <p className="text-xs font-semibold tracking-widest text-indigo-600 uppercase">S-360 ↔ TIXNGO</p>
          <p className="mt-1 text-sm font-medium" data-testid="organization-name">
            {user.organizationName}
          </p>
        </div>
        <NavLinks links={links} />
        <div className="mt-auto border-t border-slate-100 px-3 pt-3 text-sm">
          <p className="font-medium">{user.name}</p>
          <p className="muted" data-testid="user-role">
            {ROLE_LABELS[user.role]} · {user.email}
          </p>
          <p className="muted" data-testid="user-time-zone">
            Times in {user.timeZone}
          </p>
          <form action="/sign-out" method="post">
            <button type="submit" className="mt-2 text-sm text-indigo-700 hover:underline">
              Sign out
            </button>
          </form>
        </div>
      </aside>
      <main className="min-w-0 flex-1 p-6">{children}</main>
    </div>
  );
}
