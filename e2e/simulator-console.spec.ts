import { expect, test } from "@playwright/test";
import { startSimulator, type TSimulator } from "../simulator/server";

// A person plays the spectator in the simulator's console; the organizer API
// then reads what they did from the diff feed.
let sim: TSimulator;
test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true, keys: [["LSE", "console-key-1"]] });
});
test.afterAll(async () => {
  await sim.close();
});

async function api(method: string, route: string, body?: unknown) {
  const res = await fetch(`${sim.url}/v3/organizer/${route}`, {
    method,
    headers: { "x-tixngo-key": "console-key-1", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json() as Promise<{ tickets?: { status: string; ticketId: string; owner: { email: string } | null }[] }>;
}

test("transfer a ticket in the console and read the changes from the diff feed", async ({ page }) => {
  await api("PUT", "events/LSE-M1", {
    id: "LSE-M1",
    name: "Matchday 14",
    startTime: "2026-12-05T19:30:00+01:00",
    address: { site: "Stade de la Tuilière", city: "Lausanne", countryCode: "CH", zip: "1018" },
  });
  await api("POST", "tickets", {
    tickets: [
      {
        ticketId: "LSE26100001",
        event: { id: "LSE-M1" },
        purchaseDetails: {
          fileNumber: "LSE26000001",
          taxNumber: "LSE26100001",
          purchaseDate: "2026-11-01T10:00:00Z",
          price: 48,
          currency: "CHF",
          category: "CAT1",
        },
        security: { barcode: "LSE26100001123456" },
        spectatorDetails: { firstName: "Anna", lastName: "Muller", email: "anna@example.ch" },
      },
    ],
  });

  const answers = ["bob@example.com", "Bob", "Favre"];
  page.on("dialog", (dialog) => void dialog.accept(answers.shift()));
  await page.goto(`${sim.url}/?token=${sim.adminToken}`);
  const row = page.locator("#tickets tbody tr", { hasText: "LSE26100001" });
  await row.getByRole("button", { name: "download" }).click();
  await expect(row).toContainText("DOWNLOADED");
  await row.getByRole("button", { name: "transfer" }).click();
  await expect(row).toContainText("PENDING_TRANSFER");
  await row.getByRole("button", { name: "accept" }).click();
  await expect(row).toContainText("TRANSFERRED");
  await expect(page.locator("#changes")).toContainText("TRANSFERRED");

  const feed = await api("GET", "tickets/diff?limit=100");
  expect(feed.tickets!.map((c) => c.status)).toEqual(["INJECTED", "DOWNLOADED", "PENDING_TRANSFER", "TRANSFERRED"]);
  expect(feed.tickets!.at(-1)!.owner!.email).toBe("bob@example.com");
});

test("the console refuses visitors without the admin token", async ({ page }) => {
  const res = await page.goto(`${sim.url}/`);
  expect(res!.status()).toBe(401);
});
