import { describe, expect, it } from "vitest";
import { DIGEST_EVERY_MS, mailDecision, type TFailureState } from "./notify-outcome";

const healthy: TFailureState = { failingSince: null, failureMailAt: null, failuresSinceMail: 0 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 25) + minutes * 60_000);

describe("failure e-mails of a schedule", () => {
  it("a 5-minute schedule failing all day sends one e-mail, then one reminder a day, then one recovery", () => {
    let state = healthy;
    const sent: string[] = [];
    // 24 h + 5 min of failures every 5 minutes: 290 failed runs.
    for (let minute = 0; minute <= 24 * 60 + 5; minute += 5) {
      const decision = mailDecision(state, true, at(minute));
      if (decision.send) sent.push(`${decision.send}@${minute}`);
      state = decision.next;
    }
    expect(sent).toEqual(["FAILED@0", `STILL_FAILING@${DIGEST_EVERY_MS / 60_000}`]);
    expect(state.failuresSinceMail).toBe(1);
    const recovered = mailDecision(state, false, at(24 * 60 + 10));
    expect(recovered).toEqual({ send: "RECOVERED", next: healthy });
    expect(mailDecision(healthy, false, at(0))).toEqual({ send: null, next: healthy });
  });

  it("counts the failed runs since the last e-mail for the reminder", () => {
    let state = mailDecision(healthy, true, at(0)).next;
    for (let i = 1; i <= 3; i++) state = mailDecision(state, true, at(i)).next;
    expect(state).toMatchObject({ failingSince: at(0), failureMailAt: at(0), failuresSinceMail: 3 });
  });
});
