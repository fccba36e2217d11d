import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("search a ticket by tax number and open its detail", async ({ page }) => {
  await signInAs(page, "viewer@lausanne.demo");
  await page.getByRole("link", { name: "Tickets" }).click();
  const firstTax = (await page.getByTestId("tickets-table").locator("tbody tr td a").first().textContent())!.trim();
  await page.getByLabel("Tax number or contact e-mail").fill(firstTax);
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
  await page.getByTestId("next-page").click();
  await expect(rows.first().locator("td a")).not.toHaveText(firstPage!);
  await expect(page).toHaveURL(/status=NOT_PRINTED/);
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
  await page.getByLabel("Tax number or contact e-mail").fill(email);
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
