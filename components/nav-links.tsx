"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TNavLink = { href: string; label: string };

export function NavLinks({ links }: { links: TNavLink[] }) {
  const path = usePathname();
  return (
    <nav className="flex flex-col gap-0.5" aria-label="Main">
      {links.map((link) => {
        const active = link.href === "/" ? path === "/" : path === link.href || path.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm ${active ? "bg-indigo-50 font-semibold text-indigo-700" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
