import { expect, test, type Page, type Response } from "@playwright/test";
import { signInAs } from "./helpers";

// Every page the app has; ids are taken from the lists so each [id] page is a real one.
const PAGES = [
  "/",
  "/interfaces",
  "/interfaces/edit",
  "/schedules",
  "/schedules/new",
  "/schedules/new/RETRIEVE_TICKET_STATUS",
  "/executions",
  "/tickets",
  "/contacts",
  "/audit",
  "/guide",
  "/no-such-page",
];

function expectSecurityHeaders(response: Response | null, path: string) {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc, path).not.toContain("unsafe-inline");
  expect(scriptSrc, path).not.toContain("unsafe-eval");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  return /'nonce-([^']+)'/.exec(scriptSrc)?.[1] ?? "";
}

async function firstLink(page: Page, list: string, prefix: RegExp): Promise<string | null> {
  await page.goto(list);
  for (const href of await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))
    if (prefix.test(href)) return href;
  return null;
}

test("every page carries the security headers, a fresh nonce on each script, and runs without a CSP violation", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  const signInResponse = await page.goto("/sign-in");
  expectSecurityHeaders(signInResponse, "/sign-in");
  await signInAs(page, "admin@lausanne.demo");
  const pages = [...PAGES];
  for (const [list, prefix] of [
    ["/tickets", /^\/tickets\/\d+$/],
    ["/schedules", /^\/schedules\/\d+$/],
    ["/executions", /^\/executions\/\d+$/],
  ] as const) {
    const href = await firstLink(page, list, prefix);
    if (href) pages.push(href);
  }
  const nonces = new Set<string>();
  for (const path of pages) {
    const response = await page.goto(path);
    const nonce = expectSecurityHeaders(response, path);
    nonces.add(nonce);
    // Next's inline scripts carry the nonce (the browser hides it from getAttribute, not from the property).
    const scripts = await page.locator("script").evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(
      scripts.every((n) => n === nonce),
      path,
    ).toBe(true);
  }
  expect(nonces.size).toBe(pages.length);
  // The app still works under the policy: a client-side navigation and a hydrated form.
  await page.goto("/tickets");
  await page.getByRole("link", { name: "Schedules" }).first().click();
  await expect(page).toHaveURL(/\/schedules$/);
  expect(violations).toEqual([]);
});
