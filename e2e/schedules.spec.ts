// The interface and schedule screens in a real browser, against the simulator
// and a real SMTP capture. Serial: retrieve-status runs one at a time.
import { expect, test, type Page } from "@playwright/test";
import { startSmtpCapture } from "../tools/smtp-capture";
import { signInAs } from "./helpers";

test.describe.configure({ mode: "serial" });

const SIM = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? 3110}`;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
/** The ticket the end-to-end test transferred in TIXNGO (the rewind test re-reads its changes). */
let transferredTaxNumber = "";

async function simFaults(body?: object) {
  await fetch(`${SIM}/_sim/faults`, {
    method: body ? "POST" : "DELETE",
    headers: { "x-sim-token": "sim-admin" },
    body: body ? JSON.stringify(body) : undefined,
  });
}

test.beforeAll(async () => {
  smtp = await startSmtpCapture(Number(process.env.E2E_SMTP_PORT ?? 3125));
});
test.afterAll(async () => {
  await simFaults();
  await smtp.close();
});
test.afterEach(async () => {
  await simFaults();
});

test("an admin deletes and creates the interface, edits it: rules explained, key write-only, connection tested", async ({
  page,
}) => {
  await signInAs(page, "admin@geneva.demo");
  await page.goto("/interfaces");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("delete-interface").click();
  await page.getByRole("link", { name: "Create the interface" }).click();
  await page.getByRole("button", { name: "Create interface" }).click();
  await expect(page.getByTestId("error-apiUrl")).toBeVisible();
  await expect(page.getByTestId("error-apiKey")).toHaveText("The API key is required.");
  await page.getByLabel("Name", { exact: true }).fill("TIXNGO (simulator)");
  await page.getByLabel("API URL").fill(`${SIM}/v3/organizer/tickets`);
  await page.getByLabel("Username").fill("gva-organizer");
  await page.getByLabel("API key (password)").fill("demo-key-gva");
  await page.getByLabel("Failure e-mail addresses").fill("ops@geneva.demo");
  await page.getByRole("button", { name: "Create interface" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await page.getByTestId("test-connection").click();
  await expect(page.getByTestId("test-connection-message")).toContainText("Connected");

  await page.getByRole("link", { name: "Edit" }).click();
  const url = await page.getByLabel("API URL").inputValue();
  await page.getByLabel("API URL").fill("http://127.0.0.1:3110/v3/organizer");
  await page.getByLabel("Failure e-mail addresses").fill("ops@geneva.demo, not-an-email");
  await page.getByLabel("Parameter 1 value").fill("history");
  await page.getByRole("button", { name: "Save interface" }).click();
  await expect(page.getByTestId("error-apiUrl")).toContainText(
    "must be an absolute http(s) URL ending with organizer/tickets",
  );
  await expect(page.getByTestId("error-failureEmails")).toContainText("Not an e-mail address: not-an-email.");
  await expect(page.getByTestId("error-customParameters")).toContainText("deprecated legacy mode");

  // A wrong key: saved, then the connection test names the failure.
  await page.getByLabel("API URL").fill(url);
  await page.getByLabel("Failure e-mail addresses").fill("ops@geneva.demo");
  await page.getByLabel("Parameter 1 value").fill("lifecycle");
  await page.getByLabel("API key (password)").fill("wrong-key-123");
  await page.getByRole("button", { name: "Save interface" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await expect(page.getByTestId("api-key-hint")).toHaveText("••••-123");
  await page.getByTestId("test-connection").click();
  await expect(page.getByTestId("test-connection-error")).toContainText("UNAUTHORIZED");

  // The right key back; the key never appears on a page.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("API key (password)")).toHaveValue("");
  await page.getByLabel("API key (password)").fill("demo-key-gva");
  await page.getByRole("button", { name: "Save interface" }).click();
  await page.getByTestId("test-connection").click();
  await expect(page.getByTestId("test-connection-message")).toContainText("Connected");
  await expect(page.locator("body")).not.toContainText("demo-key-gva");

  await page.goto("/audit");
  await expect(page.locator("table")).toContainText("replaced its API key");
  await expect(page.locator("body")).not.toContainText("wrong-key-123");
});

test("an admin sets a ticket template, refused with unknown placeholders, previewed on a real ticket", async ({
  page,
}) => {
  await signInAs(page, "admin@geneva.demo");
  await page.goto("/interfaces/edit");
  await page.getByLabel("Type").selectOption("TIXNGO_WITH_TEMPLATE");
  await page.getByRole("button", { name: "Add override" }).click();
  await page.getByLabel("Template 1 field").selectOption("seatingDetails.gate");
  await page.getByLabel("Template 1 value").fill("Gate ${ticket.colour}");
  await page.getByRole("button", { name: "Save interface" }).click();
  await expect(page.getByTestId("error-ticketTemplate")).toContainText("Unknown placeholder(s): ${ticket.colour}.");
  await page.getByLabel("Template 1 value").fill("Entrance ${ticket.gate} (${site.name})");
  await page.getByRole("button", { name: "Save interface" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await page.getByTestId("template-preview").getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("preview-payload")).toContainText('"gate": "Entrance');
  await expect(page.getByTestId("preview-payload")).toContainText("Arena de Genève");
  // Back to the plain type for the other tests.
  await page.goto("/interfaces/edit");
  await page.getByLabel("Type").selectOption("TIXNGO");
  await page.getByRole("button", { name: "Save interface" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
});

async function newSchedule(page: Page, fn: string, name: string) {
  await page.goto("/schedules/new");
  await page.getByTestId(`function-${fn}`).click();
  await page.getByLabel("Internal name").fill(name);
}

test("an operator creates each of the five schedule kinds with their own fields", async ({ page }) => {
  await signInAs(page, "operator@geneva.demo");

  // Retrieve status: errors next to the fields, then saved.
  await page.goto("/schedules/new");
  await page.getByTestId("function-RETRIEVE_TICKET_STATUS").click();
  await page.getByLabel("Batch size").fill("");
  await page.getByLabel("Skip ticket tax numbers").fill("GVA26100001, bad#number");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("error-name")).toHaveText("The internal name is required.");
  await expect(page.getByTestId("error-batchSize")).toHaveText("The batch size is required (recommended: 1000).");
  await expect(page.getByTestId("error-skipTaxNumbers")).toContainText("bad#number");
  await page.getByLabel("Internal name").fill("Feedback");
  await page.getByLabel("Batch size").fill("1000");
  await page.getByLabel("Skip ticket tax numbers").fill("GVA26100001");
  await expect(page.getByTestId("pagination-key-warning")).toBeVisible();
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();

  // Ticket injection: automatic needs an end; the file number disables the other filters.
  await newSchedule(page, "TICKET_INJECTION", "Injection");
  await page.getByLabel("Automatic").check();
  await page.getByLabel("End").fill("");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("error-endAt")).toHaveText("An automatic schedule needs an end.");
  await page.getByLabel("End").fill("2027-06-30T23:00");
  await page.getByLabel("File number").fill("GVA26000001");
  await expect(page.getByLabel("Products")).toBeDisabled();
  await page.getByLabel("File number").fill("");
  // Codes are picked by search, as chips, from the keyboard.
  const products = page.getByLabel("Products");
  await products.fill("GVA-MA");
  await products.press("Enter");
  await expect(page.getByTestId("chip-products-GVA-MATCH")).toBeVisible();
  const seasons = page.getByLabel("Seasons");
  await seasons.focus();
  await seasons.press("ArrowDown");
  await seasons.press("Enter");
  await expect(page.locator('[data-testid^="chip-seasons-"]')).toHaveCount(1);
  await seasons.press("Backspace");
  await expect(page.locator('[data-testid^="chip-seasons-"]')).toHaveCount(0);
  await page.getByLabel("FIRSTNAME").check();
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await expect(page.getByTestId("chip-products-GVA-MATCH")).toBeVisible();

  // Push cancelled: a kept Date from is warned about.
  await newSchedule(page, "PUSH_CANCELLED_TICKETS", "Push cancelled");
  await expect(page.getByLabel("Batch size")).toHaveValue("");
  await page.getByLabel("Date from").fill("2026-11-01T00:00");
  await expect(page.getByTestId("date-from-warning")).toBeVisible();
  await page.getByLabel("Notify spectator").check();
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();

  // Push controlled, with a cron expression shown in words.
  await newSchedule(page, "PUSH_CONTROLLED_TICKETS", "Push controlled");
  await page.getByLabel("Automatic").check();
  await page.getByLabel("Cron").check();
  await page.getByLabel("Cron expression").fill("*/10 * * * *");
  await expect(page.getByTestId("cron-words")).toHaveText("Every 10 minutes, Europe/Zurich time");
  // No End is pre-filled: the operator decides when an automatic schedule stops.
  await expect(page.getByLabel("End (Europe/Zurich)")).toHaveValue("");
  await page.getByLabel("End (Europe/Zurich)").fill("2027-06-30T23:00");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();

  // Digital privileges; then a duplicate name is refused.
  await newSchedule(page, "INJECT_DIGITAL_PRIVILEGES", "Cards");
  await page.getByLabel("Simulation mode").check();
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await newSchedule(page, "INJECT_DIGITAL_PRIVILEGES", "Cards");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByTestId("error-name")).toHaveText(
    "Another schedule of your organization already has this name.",
  );

  await page.goto("/schedules");
  for (const name of ["Feedback", "Injection", "Push cancelled", "Push controlled", "Cards"]) {
    await expect(page.getByTestId(`schedule-${name}`)).toBeVisible();
  }
  await expect(page.getByTestId("schedule-Push controlled")).toContainText("Every 10 minutes");
});

test("run now: the execution is followed live to OK; a second start is refused", async ({ page }) => {
  await signInAs(page, "operator@geneva.demo");
  await page.goto("/schedules");
  await simFaults({ endpoint: "diff", latencyMs: 2500 });
  await page.getByTestId("run-now-Feedback").click();
  await expect(page).toHaveURL(/\/executions\/\d+/);
  await expect(page.getByTestId("execution-status")).toContainText(/QUEUED|RUNNING/);
  // While it runs (or waits for its turn behind another feedback run), another start is refused with the reason.
  await page.goto("/schedules");
  await page.getByTestId("run-now-Feedback").click();
  await expect(page.getByTestId("run-now-Feedback-error")).toContainText(
    /only one may be active at a time|already waiting for its turn/,
  );
  await page.getByTestId("schedule-Feedback").getByRole("link", { name: /#\d+/ }).click();
  await expect(page.getByTestId("execution-status")).toContainText("OK", { timeout: 15_000 });
  await expect(page.getByTestId("execution-log")).toContainText("Ended OK");
});

test("a failing run ends in ERROR and e-mails the failure address", async ({ page }) => {
  await signInAs(page, "operator@geneva.demo");
  await simFaults({ endpoint: "diff", forceStatus: 503 });
  await page.goto("/schedules");
  await page.getByTestId("run-now-Feedback").click();
  await expect(page.getByTestId("execution-status")).toContainText("ERROR", { timeout: 20_000 });
  await expect(page.getByTestId("execution-message")).toContainText("TIXNGO call failed (SERVER)");
  const id = page.url().split("/").pop();
  await expect
    .poll(() => smtp.mails.find((m) => m.subject.includes(`execution #${id}`))?.to, { timeout: 10_000 })
    .toEqual(["ops@geneva.demo"]);
  const mail = smtp.mails.find((m) => m.subject.includes(`execution #${id}`))!;
  expect(mail.subject).toBe(`[S-360 ↔ TIXNGO] ERROR: Feedback (execution #${id})`);
  expect(mail.text).toContain("Geneva Arena Live");
});

test("end to end: inject a file's tickets, transfer one in TIXNGO, retrieve: the ticket shows it", async ({ page }) => {
  await signInAs(page, "operator@geneva.demo");
  // A NOT_PRINTED match ticket and its file.
  await page.goto("/tickets?status=NOT_PRINTED&q=GVA");
  let taxNumber = "";
  let fileNumber = "";
  for (const row of await page.getByTestId("tickets-table").locator("tbody tr").all()) {
    if ((await row.textContent())?.includes("Genève-Servette")) {
      taxNumber = (await row.locator("td a").first().textContent())!.trim();
      fileNumber = (await row.locator("td").nth(3).textContent())!.trim();
      break;
    }
  }
  expect(taxNumber).not.toBe("");

  await newSchedule(page, "TICKET_INJECTION", "Inject one file");
  await page.getByLabel("File number").fill(fileNumber);
  await page.getByRole("button", { name: "Create schedule" }).click();
  await page.getByTestId("run-now").click();
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 15_000 });
  await expect(page.getByTestId("execution-items")).toContainText(taxNumber);

  // The spectator's side, in the simulator.
  const act = (action: string, body: object = {}) =>
    fetch(`${SIM}/_sim/organizers/GVA/tickets/${taxNumber}/${action}`, {
      method: "POST",
      headers: { "x-sim-token": "sim-admin" },
      body: JSON.stringify(body),
    }).then((r) => expect(r.status).toBe(200));
  await act("download");
  await act("transfer", { recipientEmail: "new.fan@example.org" });
  await act("accept", { recipient: { firstName: "Nora", lastName: "Fan", email: "new.fan@example.org" } });

  await page.goto("/schedules");
  await page.getByTestId("run-now-Feedback").click();
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 15_000 });

  await page.goto(`/tickets?q=${taxNumber}`);
  await page.getByRole("link", { name: taxNumber }).click();
  await expect(page.getByTestId("tixngo-section")).toContainText("Transferred");
  await expect(page.getByTestId("tixngo-section")).toContainText("new.fan@example.org");
  await expect(page.getByTestId("cultural-contact")).toHaveText("Nora Fan");
  const history = page.locator("section", { has: page.getByRole("heading", { name: "Distribution history" }) });
  await expect(history.locator("tbody tr")).toHaveCount(1);
  await expect(history).toContainText("CONFIRMED");
  await expect(history).toContainText("Nora Fan");
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "Transaction log" }) }).locator("tbody tr"),
  ).toHaveCount(4);
  transferredTaxNumber = taxNumber;
});

test("an operator re-reads the feed from the first run: confirmed, audited, already applied, history unchanged", async ({
  page,
  browser,
}) => {
  expect(transferredTaxNumber).not.toBe("");
  await signInAs(page, "operator@geneva.demo");
  await page.goto("/schedules");
  await page.getByTestId("schedule-Feedback").getByRole("link", { name: "Feedback" }).click();
  const form = page.getByTestId("rewind-feed");
  // The earliest run (listed last) started from the beginning of the feed.
  const earliest = form.locator("#fromExecution option").last();
  await expect(earliest).toContainText("from the beginning");
  await form.locator("#fromExecution").selectOption((await earliest.getAttribute("value"))!);
  // Dismissed: nothing happens; accepted: the key goes back.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByTestId("rewind-feed-submit").click();
  await expect(page.getByTestId("rewind-feed-message")).toHaveCount(0);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("rewind-feed-submit").click();
  await expect(page.getByTestId("rewind-feed-message")).toContainText("The next run re-reads the feed from");

  await page.getByTestId("run-now").click();
  await expect(page.getByTestId("execution-status")).toContainText("OK", { timeout: 15_000 });
  await expect(page.getByTestId("execution-message")).toContainText("already applied");
  await expect(page.getByTestId("execution-items")).toContainText("ALREADY_APPLIED");
  await expect(page.getByTestId("execution-items")).toContainText(transferredTaxNumber);

  await page.goto(`/tickets?q=${transferredTaxNumber}`);
  await page.getByRole("link", { name: transferredTaxNumber }).click();
  await expect(page.getByTestId("cultural-contact")).toHaveText("Nora Fan");
  const history = page.locator("section", { has: page.getByRole("heading", { name: "Distribution history" }) });
  await expect(history.locator("tbody tr")).toHaveCount(1);
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "Transaction log" }) }).locator("tbody tr"),
  ).toHaveCount(4);

  const admin = await browser.newPage();
  await signInAs(admin, "admin@geneva.demo");
  await admin.goto("/audit");
  await expect(admin.locator("main")).toContainText('Re-read the feed of "Feedback" from the key execution #');
  await admin.close();
});

test("close the loop: cancel a ticket, push, retrieve; import a gate file, push controlled", async ({ page }) => {
  await signInAs(page, "operator@geneva.demo");
  // A file with at least two NOT_PRINTED tickets, injected so both are in TIXNGO.
  await page.goto("/tickets?status=NOT_PRINTED&q=GVA");
  const byFile = new Map<string, string[]>();
  for (const row of await page.getByTestId("tickets-table").locator("tbody tr").all()) {
    const tax = (await row.locator("td a").first().textContent())!.trim();
    const file = (await row.locator("td").nth(3).textContent())!.trim();
    byFile.set(file, [...(byFile.get(file) ?? []), tax]);
  }
  const [fileNumber, [cancelled, controlled]] = [...byFile].find(([, taxes]) => taxes.length >= 2)! as [
    string,
    string[],
  ];
  await newSchedule(page, "TICKET_INJECTION", "Inject for the loop");
  await page.getByLabel("File number").fill(fileNumber);
  await page.getByRole("button", { name: "Create schedule" }).click();
  await page.getByTestId("run-now").click();
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 15_000 });
  await expect(page.getByTestId("execution-items")).toContainText(controlled!);

  // Cancel one: the confirmation says how many, the reason is required.
  await page.goto(`/tickets?q=${cancelled}`);
  await page.getByRole("link", { name: cancelled }).click();
  await page.getByTestId("cancel-ticket-submit").click();
  await expect(page.getByTestId("cancel-ticket-confirm")).toHaveText("1 ticket(s) will be cancelled.");
  await page.getByLabel("Reason (goes to the audit log)").first().fill("Refund at the box office");
  await page.getByTestId("cancel-ticket-submit").click();
  // The page re-renders with the new status (the cancel form leaves with it: a cancelled ticket has nothing to cancel).
  await expect(page.getByTestId("ticket-operations")).not.toContainText("Cancel this ticket");
  await page.reload();
  await expect(page.getByTestId("ticket-tax-number").locator("..")).toContainText("Cancelled");

  await page.goto("/schedules");
  await page.getByTestId("run-now-Push cancelled").click();
  // WARNING: the demo's cancelled tickets that never reached TIXNGO are reported skipped (once).
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 15_000 });
  await expect(page.getByTestId("execution-items")).toContainText(cancelled!);
  await page.waitForTimeout(700); // the simulator confirms deletions after 500 ms
  await page.goto("/schedules");
  await page.getByTestId("run-now-Feedback").click();
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 15_000 });
  await page.goto(`/tickets?q=${cancelled}`);
  await page.getByRole("link", { name: cancelled }).click();
  await expect(page.getByTestId("tixngo-section")).toContainText("Deleted");
  const log = page.locator("section", { has: page.getByRole("heading", { name: "Transaction log" }) });
  await expect(log).toContainText("Deletion pending");
  await expect(log).toContainText("Deleted");

  // The gate's file: a bad line refuses the whole file; the good file controls; push controlled tells TIXNGO.
  await page.goto("/tickets/access-control");
  await page.getByLabel(/Gate export/).setInputFiles({
    name: "gate-bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`taxNumber,controlledAt\n${controlled},2026-11-20T19:45:00Z\nNOPE-1,2026-11-20T19:46:00Z\n`),
  });
  await page.getByTestId("access-control-submit").click();
  await expect(page.getByTestId("access-control-error")).toContainText("Nothing was imported: 1 line(s) to fix.");
  await expect(page.getByTestId("access-control-line-errors")).toContainText("No ticket NOPE-1 in your organization.");
  await page.getByLabel(/Gate export/).setInputFiles({
    name: "gate.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`taxNumber,controlledAt\n${controlled},2026-11-20T19:45:00Z\n`),
  });
  await page.getByTestId("access-control-submit").click();
  await expect(page.getByTestId("access-control-message")).toHaveText("1 ticket(s) now CONTROLLED; 0 already were.");

  await page.goto("/schedules");
  await page.getByTestId("run-now-Push controlled").click();
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 15_000 });
  await expect(page.getByTestId("execution-items")).toContainText(controlled!);
  await page.goto("/schedules");
  await page.getByTestId("run-now-Feedback").click();
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 15_000 });
  await page.goto(`/tickets?q=${controlled}`);
  await page.getByRole("link", { name: controlled }).click();
  await expect(page.getByTestId("tixngo-section")).toContainText("Controlled");
});

test("a running execution shows its elapsed time live, then its items filtered by outcome; the log downloads", async ({
  page,
}) => {
  await signInAs(page, "operator@geneva.demo");
  await newSchedule(page, "TICKET_INJECTION", "Live injection");
  await page.getByLabel("Batch size").fill("3");
  await page.getByRole("button", { name: "Create schedule" }).click();
  // One slow TIXNGO call: the run lasts long enough to be watched.
  await simFaults({ endpoint: "inject", latencyMs: 4000 });
  await page.getByTestId("run-now").click();
  await expect(page).toHaveURL(/\/executions\/\d+/);
  const id = page.url().split("/").pop();
  await expect(page.getByTestId("execution-elapsed")).toContainText("running for", { timeout: 10_000 });
  await expect(page.getByTestId("execution-status")).toContainText("RUNNING");
  // The header's start time fills in without a reload.
  await expect(page.getByTestId("execution-started")).not.toHaveText("—");
  await expect(page.getByTestId("execution-status")).toContainText(/OK|WARNING/, { timeout: 20_000 });
  await expect(page.getByTestId("execution-elapsed")).toContainText("took");
  await expect(page.getByTestId("execution-items").locator("tbody tr")).toHaveCount(3);

  const log = await page.request.get(`/api/executions/${id}/log`);
  expect(log.headers()["content-disposition"]).toContain(`execution-${id}-log.txt`);
  expect(await log.text()).toContain("NOT_PRINTED ticket(s) to consider");

  await page.goto("/executions");
  await expect(page.getByTestId(`duration-${id}`)).toHaveText(/\d+ (s|min)/);
});

test("a viewer sees schedules but cannot run or change them", async ({ page }) => {
  await signInAs(page, "viewer@geneva.demo");
  await page.goto("/schedules");
  await expect(page.getByTestId("schedules-table")).toBeVisible();
  await expect(page.getByRole("button", { name: "Run now" })).toHaveCount(0);
  await page.goto("/schedules/new");
  await expect(page.getByTestId("forbidden")).toBeVisible();
});
