import { AppError } from "@/lib/errors/app-error";

/**
 * A request body read as UTF-8 text, chunk by chunk, refused as soon as it
 * passes `limitBytes` (a declared Content-Length over it is refused before
 * reading): a large upload never sits in memory whole, and is a 400 with a
 * sentence, never a 500.
 */
export async function readLimitedText(request: Request, limitBytes: number, what = "The file"): Promise<string> {
  const tooLarge = () =>
    new AppError(
      "INVALID_INPUT",
      `${what} is larger than ${Math.round(limitBytes / 1024 / 1024)} MB: nothing was kept.`,
    );
  if (Number(request.headers.get("content-length") ?? 0) > limitBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let size = 0;
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limitBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof TypeError) throw new AppError("INVALID_INPUT", `${what} is not UTF-8 text.`);
    throw error;
  }
}
