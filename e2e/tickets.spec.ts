import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("search a ticket by tax number and open its detail", async ({ page }) => {
  await signInAs(page, "viewer@lausanne.demo");
  await page.getByRole("link", { name: "Tickets" }).click();
  const firstTax = (await page.getByTestId("tickets-table").locator("tbody tr td a").first().textContent())!.trim();
  await page.getByLabel("Tax number, name, e-mail or file number").fill(firstTax);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("tickets-table").locator("tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: firstTax }).click();
  await expect(page.getByTestId("ticket-tax-number")).toHaveText(firstTax);
  await expect(page.getByTestId("tixngo-section")).toContainText("Not in TIXNGO");
  await expect(page.getByTestId("no-transactions")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Distribution history" })).toBeVisible();
});

test("filter by S-360 status and page through the results", async ({ page }) => {
  await signInAs(page, "operator@lausanne.demo");
  await page.goto("/tickets");
  await page.getByLabel("S-360 status").selectOption("NOT_PRINTED");
  await page.getByRole("button", { name: "Search" }).click();
  const rows = page.getByTestId("tickets-table").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.locator('[data-status="NOT_PRINTED"]')).toHaveCount(50);
  const firstPage = await rows.first().locator("td a").textContent();
  await expect(page.getByTestId("page-range")).toHaveText(/^1–50 of [\d,]+$/);
  await page.getByTestId("next-page").click();
  await expect(rows.first().locator("td a")).not.toHaveText(firstPage!);
  await expect(page).toHaveURL(/status=NOT_PRINTED/);
  await expect(page.getByTestId("page-range")).toHaveText(/^51–100 of [\d,]+$/);
  // And back: the same first page.
  await page.getByTestId("previous-page").click();
  await expect(rows.first().locator("td a")).toHaveText(firstPage!);
  await expect(page.getByTestId("page-range")).toHaveText(/^1–50 of [\d,]+$/);
});

test("search by a contact's name and by file number; export the filter as CSV", async ({ page }) => {
  await signInAs(page, "operator@lausanne.demo");
  await page.goto("/tickets");
  const row = page
    .getByTestId("tickets-table")
    .locator("tbody tr")
    .filter({ has: page.locator("td .muted") })
    .first();
  const taxNumber = (await row.locator("td a").first().textContent())!.trim();
  const name = (await row.locator("td").nth(2).innerText()).split("\n")[0]!.trim();
  const fileNumber = (await row.locator("td").nth(3).textContent())!.trim();

  await page.getByLabel("Tax number, name, e-mail or file number").fill(name.toLowerCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("tickets-table")).toContainText(taxNumber);

  await page.getByLabel("Tax number, name, e-mail or file number").fill(fileNumber);
  await page.getByRole("button", { name: "Search" }).click();
  const rows = page.getByTestId("tickets-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (const r of await rows.all()) await expect(r.locator("td").nth(3)).toHaveText(fileNumber);
  await expect(page.getByTestId("page-range")).toHaveText(`1–${count} of ${count}`);

  const csv = await page.request.get((await page.getByTestId("export-csv").getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((line) => line.includes(fileNumber))).toBe(true);
});

test("search by contact e-mail finds the contact's tickets", async ({ page }) => {
  await signInAs(page, "operator@lausanne.demo");
  await page.goto("/tickets");
  const email = (await page
    .getByTestId("tickets-table")
    .locator("tbody tr")
    .first()
    .locator("td")
    .nth(2)
    .locator(".muted")
    .textContent())!.trim();
  await page.getByLabel("Tax number, name, e-mail or file number").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("tickets-table").locator("tbody tr").first()).toContainText(email);
});

test("a user never sees another organization's ticket", async ({ browser }) => {
  const lse = await browser.newContext();
  const lsePage = await lse.newPage();
  await signInAs(lsePage, "admin@lausanne.demo");
  await lsePage.goto("/tickets");
  const link = lsePage.getByTestId("tickets-table").locator("tbody tr td a").first();
  const href = (await link.getAttribute("href"))!;
  const tax = (await link.textContent())!.trim();
  await lse.close();

  const gva = await browser.newContext();
  const page = await gva.newPage();
  await signInAs(page, "admin@geneva.demo");
  await page.goto(href);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto(`/tickets?q=${tax}`);
  await expect(page.getByTestId("no-tickets")).toBeVisible();
  await gva.close();
});
