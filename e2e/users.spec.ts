import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./helpers";

test("an admin creates a user with a one-time password; a role change ends that user's session", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin@geneva.demo");
  await page.goto("/users");
  await page.getByLabel("Name").fill("Léa Favre");
  await page.getByLabel("E-mail").fill("lea@geneva.demo");
  await page.getByLabel("Role", { exact: true }).first().selectOption("OPERATOR");
  await page.getByRole("button", { name: "Create user" }).click();
  const message = await page.getByTestId("new-user-message").textContent();
  const password = /copy it now\): (\S+)$/.exec(message ?? "")?.[1];
  expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);

  const lea = await browser.newPage();
  await signIn(lea, "lea@geneva.demo", password);
  await expect(lea.getByRole("heading", { name: "Sync health" })).toBeVisible();

  const row = "user-lea@geneva.demo";
  await page.getByTestId(`${row}-role-select`).selectOption("VIEWER");
  await page.getByTestId(`${row}-role-save`).click();
  await expect(page.getByText("Changed lea@geneva.demo's role from operator to viewer.")).toBeVisible();
  await lea.goto("/schedules");
  await expect(lea).toHaveURL(/\/sign-in/);

  // The last admin is kept.
  await page.getByTestId("user-admin@geneva.demo-role-select").selectOption("VIEWER");
  await page.getByTestId("user-admin@geneva.demo-role-save").click();
  await expect(page.getByTestId("user-admin@geneva.demo-role-error")).toContainText("last active admin");
});

test("a session cookie copied before sign-out no longer works after it", async ({ page, browser }) => {
  await signInAs(page, "viewer@lausanne.demo");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const stolen = await replay.newPage();
  await stolen.goto("/tickets");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("viewers and operators cannot open the users screen", async ({ page }) => {
  await signInAs(page, "operator@lausanne.demo");
  const response = await page.goto("/users");
  expect(response?.status()).toBe(403);
});
