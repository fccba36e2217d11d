import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./helpers";

test("each role signs in and sees its organization and role", async ({ browser }) => {
  for (const [email, role] of [
    ["admin@lausanne.demo", "Admin"],
    ["operator@lausanne.demo", "Operator"],
    ["viewer@geneva.demo", "Viewer"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, email);
    await expect(page.getByTestId("user-role")).toContainText(role);
    await expect(page.getByTestId("organization-name")).toHaveText(
      email.includes("geneva") ? "Geneva Arena Live" : "Lausanne Sports & Events",
    );
    await context.close();
  }
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await signIn(page, "admin@lausanne.demo", "not-the-password");
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong e-mail or password.");
  await expect(page.getByLabel("E-mail")).toHaveValue("admin@lausanne.demo");
  await page.goto("/tickets");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a malformed e-mail is flagged next to the field", async ({ page }) => {
  await signIn(page, "not-an-email", "whatever");
  await expect(page.getByTestId("email-error")).toHaveText("Enter a valid e-mail address.");
});

test("an anonymous visitor is sent to sign-in, then back where they were going", async ({ page }) => {
  await page.goto("/contacts");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("E-mail").fill("viewer@lausanne.demo");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
});

test("viewers and operators cannot reach the admin screens; admins can", async ({ browser }) => {
  for (const email of ["viewer@lausanne.demo", "operator@lausanne.demo"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, email);
    await expect(page.getByRole("link", { name: "Interfaces" })).toHaveCount(0);
    for (const path of ["/interfaces", "/audit"]) {
      await page.goto(path);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "admin@lausanne.demo");
  await page.getByRole("link", { name: "Interfaces" }).click();
  await expect(page.getByTestId("interface-card")).toBeVisible();
  // The API key is shown masked, never in clear.
  await expect(page.getByTestId("api-key-hint")).toHaveText("••••-lse");
  await expect(page.locator("body")).not.toContainText("demo-key-lse");
  await context.close();
});

test("sign out ends the session", async ({ page }) => {
  await signInAs(page, "operator@geneva.demo");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});
