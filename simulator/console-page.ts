// The simulator's console: play the spectator's mobile app by hand. A tool,
// not the product: one page, no build step, talks to /_sim/ with the token.
export function consolePage(token: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TIXNGO simulator</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #0f172a; background: #f8fafc; }
  header { background: #1e1b4b; color: white; padding: 10px 16px; display: flex; gap: 16px; align-items: center; }
  main { padding: 16px; display: grid; grid-template-columns: 3fr 2fr; gap: 16px; }
  section { background: white; border: 1px solid #e2e8f0; border-radius: 8px; padding: 12px; overflow: auto; }
  table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #f1f5f9; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { font-size: 12px; color: #64748b; text-transform: uppercase; }
  button { font-size: 12px; margin: 1px; padding: 2px 6px; border: 1px solid #cbd5e1; background: white; border-radius: 4px; cursor: pointer; }
  button:hover { background: #eef2ff; } .status { font-weight: 600; } .muted { color: #64748b; font-size: 12px; }
  #error { color: #b91c1c; } code { font-size: 12px; }
</style></head>
<body>
<header><strong>TIXNGO simulator</strong>
  <label>Organizer <select id="org"></select></label>
  <span id="counts" class="muted" style="color:#c7d2fe"></span>
  <span id="error"></span>
</header>
<main>
  <section><h3>Tickets</h3><table id="tickets"><thead><tr><th>Ticket</th><th>Status</th><th>Owner / holder</th><th>Actions</th></tr></thead><tbody></tbody></table></section>
  <section><h3>Change feed (newest first)</h3><table id="changes"><thead><tr><th>#</th><th>Ticket</th><th>Status</th><th>Actor</th></tr></thead><tbody></tbody></table>
    <h3>Events</h3><ul id="events"></ul></section>
</main>
<script>
const TOKEN = ${JSON.stringify(token)};
const h = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
async function api(path, body) {
  const res = await fetch("/_sim/" + path, { method: body ? "POST" : "GET", headers: { "x-sim-token": TOKEN, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const data = await res.json();
  if (!res.ok) throw new Error(data.error?.message ?? res.status);
  return data;
}
const ACTIONS = {
  INJECTED: ["download"], DOWNLOADED: ["assign", "transfer", "activate"], ASSIGNED: ["assign", "transfer", "activate"],
  TRANSFERRED: ["assign", "transfer", "activate"], FAILURE_TRANSFER: ["assign", "transfer", "activate"], FAILURE: ["assign", "transfer", "activate"],
  PENDING_TRANSFER: ["accept", "reject", "cancel", "timeout"], DEACTIVATED: ["activate"],
  BT_ACTIVATED: ["control", "deactivate"], MANUAL_ACTIVATED: ["control", "deactivate"], OFFLINE_ACTIVATED: ["control", "deactivate"],
  ONLINE_ACTIVATED: ["control", "deactivate"], ACTIVATED: ["control", "deactivate"],
};
async function act(ticketId, action, transfer) {
  const org = document.getElementById("org").value;
  let body = {};
  if (action === "assign") {
    const first = prompt("Holder first name", "Jamie"); if (!first) return;
    const last = prompt("Holder last name", "Doe"); if (!last) return;
    const email = prompt("Holder e-mail", first.toLowerCase() + "." + last.toLowerCase() + "@example.com"); if (!email) return;
    body = { holder: { firstName: first, lastName: last, email, organizerSpectatorPreference: { allowPromoEmail: true, allowThirdPartyEmail: false } } };
  } else if (action === "transfer") {
    const email = prompt("Transfer to e-mail", "friend@example.com"); if (!email) return;
    body = { recipientEmail: email };
  } else if (action === "accept") {
    const first = prompt("Recipient first name", "Sam"); if (!first) return;
    const last = prompt("Recipient last name", "Friend"); if (!last) return;
    body = { recipient: { firstName: first, lastName: last, email: transfer.recipientEmail, organizerSpectatorPreference: { allowPromoEmail: false, allowThirdPartyEmail: false } } };
  } else if (action === "activate") {
    const method = prompt("Activation method: BT, MANUAL, OFFLINE or ONLINE", "ONLINE"); if (!method) return;
    body = { method: method.toUpperCase() };
  }
  try { await api("organizers/" + encodeURIComponent(org) + "/tickets/" + encodeURIComponent(ticketId) + "/" + action, body); document.getElementById("error").textContent = ""; }
  catch (e) { document.getElementById("error").textContent = e.message; }
  refresh();
}
function person(p) { return p ? h(p.firstName + " " + p.lastName) + " <span class=muted>" + h(p.email) + "</span>" : "<span class=muted>—</span>"; }
async function refresh() {
  const select = document.getElementById("org");
  if (!select.options.length) {
    const { organizers } = await api("organizers");
    select.innerHTML = organizers.map((o) => "<option>" + h(o.id) + "</option>").join("");
  }
  const s = await api("state?organizer=" + encodeURIComponent(select.value) + "&limit=100");
  document.getElementById("counts").textContent = s.counts.events + " events · " + s.counts.tickets + " tickets · " + s.counts.changes + " changes";
  document.querySelector("#tickets tbody").innerHTML = s.tickets.map((t) =>
    "<tr><td><code>" + h(t.ticketId) + "</code><div class=muted>" + h(t.eventId) + "</div></td><td class=status>" + h(t.status) +
    (t.transfer ? "<div class=muted>transfer " + h(t.transfer.senderEmail) + " → " + h(t.transfer.recipientEmail) + " (" + h(t.transfer.status) + ")</div>" : "") +
    "</td><td>" + person(t.owner) + "<br>" + person(t.holder) + "</td><td>" +
    (ACTIONS[t.status] ?? []).map((a) => "<button data-id='" + h(t.ticketId) + "' data-action='" + a + "'>" + a + "</button>").join("") + "</td></tr>").join("");
  for (const b of document.querySelectorAll("#tickets button")) {
    const t = s.tickets.find((x) => x.ticketId === b.dataset.id);
    b.onclick = () => act(b.dataset.id, b.dataset.action, t.transfer);
  }
  document.querySelector("#changes tbody").innerHTML = s.changes.map((c) =>
    "<tr><td>" + c.sequence + "</td><td><code>" + h(c.ticketId) + "</code></td><td>" + h(c.status) + "</td><td>" + h(c.actor) + "</td></tr>").join("");
  document.getElementById("events").innerHTML = s.events.map((e) => "<li>" + h(e.id) + " — " + h(e.name) + "</li>").join("");
}
document.getElementById("org").onchange = refresh;
refresh(); setInterval(refresh, 3000);
</script></body></html>`;
}
