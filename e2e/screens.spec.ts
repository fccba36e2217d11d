// The screens no other spec walks through: contacts, the dashboard, the
// status guide and the executions list, with what a user checks on each.
// Read-only: the demo data's structure (contact numbers from 100001, every
// 17th a relay, every 23rd temporary, the 29th sharing the 28th's e-mail) is
// what these tests lean on, never what other specs change.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

const rows = (page: Page) => page.getByTestId("contacts-table").locator("tbody tr");
const numbers = async (page: Page) => (await rows(page).locator("td:first-child").allInnerTexts()).map(Number);

async function searchContacts(page: Page, q: string, temporaryOnly = false) {
  await page.getByLabel("E-mail, contact number or last name").fill(q);
  await page.getByLabel(/Temporary only/).setChecked(temporaryOnly);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
}

test("contacts: newest first by pages, found by number, e-mail or last name, temporary ones apart", async ({
  page,
}) => {
  await signInAs(page, "viewer@lausanne.demo");
  await page.getByRole("link", { name: "Contacts" }).click();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();

  // A page of 50, newest (highest number) first; the next page goes on below it.
  await expect(rows(page)).toHaveCount(50);
  const first = await numbers(page);
  expect(first).toEqual([...first].sort((a, b) => b - a));
  await page.getByTestId("next-page").click();
  await expect(page).toHaveURL(/after=\d+/);
  await expect(rows(page).first().locator("td").first()).not.toHaveText(String(first[0]));
  const second = await numbers(page);
  expect(second.length).toBeGreaterThan(0);
  expect(Math.max(...second)).toBeLessThan(Math.min(...first));

  // By number: that contact alone.
  await searchContacts(page, "100029");
  await expect(rows(page)).toHaveCount(1);
  const email = await rows(page).locator("td").nth(2).innerText();
  expect(email).toMatch(/@example\.ch$/);
  // By e-mail, whatever its case: both contacts that share it.
  await searchContacts(page, email.toUpperCase());
  await expect(rows(page)).toHaveCount(2);
  expect((await numbers(page)).sort()).toEqual([100028, 100029]);
  await expect(rows(page).locator("td:nth-child(3)")).toHaveText([email, email]);
  // By the start of a last name: the supporters' relays, shown as relays.
  await searchContacts(page, "supporters");
  await expect(rows(page)).toHaveCount(8);
  await expect(rows(page).locator("td:nth-child(4)")).toContainText(Array(8).fill("Relay"));
  // Temporary only: the Pending CREATION contacts, and nothing else.
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByLabel("E-mail, contact number or last name")).toHaveValue("");
  await page.getByLabel(/Temporary only/).check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/temporary=1/);
  await expect(rows(page).first().locator("td:nth-child(2)")).toHaveText("Pending CREATION");
  const temporary = await rows(page).count();
  expect(temporary).toBeGreaterThanOrEqual(6);
  await expect(rows(page).locator("td:nth-child(2)")).toHaveText(Array(temporary).fill("Pending CREATION"));
  // Nothing found says so.
  await searchContacts(page, "nobody@nowhere.example");
  await expect(page.getByText("No contact matches this search.")).toBeVisible();
});

test("contacts stay inside the organization", async ({ page }) => {
  await signInAs(page, "viewer@geneva.demo");
  await page.goto("/contacts");
  // Geneva has its own contact 100029; Lausanne's e-mails are not found here.
  await searchContacts(page, "100029");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).locator("td").nth(2)).toHaveText(/@example\.com$/);
  await searchContacts(page, "@example.ch");
  await expect(page.getByText("No contact matches this search.")).toBeVisible();
});

test("dashboard: every ticket counted once in each chart; the way to the executions", async ({ page }) => {
  await signInAs(page, "operator@lausanne.demo");
  const summary = await page.getByText(/ · [\d,]+ tickets$/).innerText();
  const total = Number(/([\d,]+) tickets$/.exec(summary)![1]!.replace(/,/g, ""));
  expect(total).toBeGreaterThan(100);
  const sum = async (testId: string) =>
    (await page.getByTestId(testId).locator("li > span:last-child").allInnerTexts())
      .map((v) => Number(v.replace(/,/g, "")))
      .reduce((a, b) => a + b, 0);
  expect(await sum("chart-s360")).toBe(total);
  expect(await sum("chart-tixngo")).toBe(total);
  await expect(page.getByTestId("chart-s360")).toContainText("Not printed");
  await expect(page.getByTestId("chart-tixngo")).toContainText("Not in TIXNGO");
  await expect(page.getByTestId("chart-executions")).toContainText("OK");
  await expect(page.getByTestId("chart-executions")).toContainText("ERROR");

  await page.getByRole("link", { name: "All executions" }).click();
  await expect(page.getByRole("heading", { name: "Executions", level: 1 })).toBeVisible();
});

test("executions: filtered by status and function, each row says so", async ({ page }) => {
  await signInAs(page, "operator@lausanne.demo");
  await page.goto("/executions");
  await page.getByLabel("Status").selectOption("OK");
  await page.getByLabel("Function").selectOption("RETRIEVE_TICKET_STATUS");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=OK/);
  await expect(page).toHaveURL(/function=RETRIEVE_TICKET_STATUS/);
  await expect(page.getByLabel("Status")).toHaveValue("OK");
  const table = page.getByTestId("executions-table");
  if (await table.isVisible()) {
    const count = await table.locator("tbody tr").count();
    await expect(table.locator("tbody tr td:nth-child(5)")).toHaveText(Array(count).fill("OK"));
    await expect(table.locator("tbody tr td:nth-child(3)")).toHaveText(Array(count).fill(/^Retrieve ticket status/));
  } else {
    await expect(page.getByText("No execution matches.")).toBeVisible();
  }
});

test("guide: the six families of TIXNGO statuses, all 19, and lifecycle mode only", async ({ page }) => {
  await signInAs(page, "viewer@lausanne.demo");
  await page.goto("/guide");
  await expect(page.getByRole("heading", { name: "TIXNGO lifecycle statuses" })).toBeVisible();
  const families = page.getByTestId("status-families").locator("section");
  await expect(families.locator("h2")).toHaveText([
    "Initial delivery",
    "Transfer",
    "Activation",
    "Control",
    "Deletion",
    "Technical",
  ]);
  await expect(families.nth(1)).toContainText("Transfer pending");
  await expect(families.nth(5)).toContainText("Failure (time-out)");
  await expect(page.getByRole("heading", { name: "Lifecycle mode only" })).toBeVisible();
  await expect(page.getByText(/TIXNGO_LIFECYCLE_MODE=history is the deprecated legacy mode/)).toBeVisible();
});
