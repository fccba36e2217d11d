"use client";

import type { TActionState } from "@/lib/actions/action-state";
import { MAX_REPLAY_BYTES } from "@/lib/functions/retrieve-ticket-status/replay-file";

/**
 * Before the schedule form is saved: the chosen replay file goes to its upload
 * route (checked there line by line, kept as a staged copy) and the form
 * carries the staged id instead of the file. A refusal is shown next to the
 * field and the form keeps what was typed.
 */
export async function stageReplayFileOf(form: FormData): Promise<TActionState | null> {
  const file = form.get("replayFile");
  form.delete("replayFile");
  if (!(file instanceof File) || file.size === 0) return null;
  const refused = (messages: string[], error = "The file was refused; nothing was saved.") => ({
    error,
    fieldErrors: { replayFile: messages },
  });
  if (file.size > MAX_REPLAY_BYTES) return refused([`The file is larger than ${MAX_REPLAY_BYTES / 1024 / 1024} MB.`]);
  let response: Response;
  try {
    response = await fetch(`/api/replay-files?name=${encodeURIComponent(file.name)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: file,
    });
  } catch {
    return refused(["The file could not be sent: check the connection and try again."]);
  }
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    error?: string;
    fieldErrors?: Record<string, string[]>;
  } | null;
  if (!response.ok || !body?.id)
    return {
      error: body?.error ?? "The file could not be sent.",
      fieldErrors: body?.fieldErrors ?? { replayFile: [body?.error ?? "The file could not be sent."] },
    };
  form.set("replayUploadId", body.id);
  return null;
}
