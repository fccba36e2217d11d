/**
 * Runs `work` on each page `next` returns (null: no more), up to `lanes`
 * pages at once, so the next page is read and sent while earlier ones wait on
 * TIXNGO or commit. Reads stay one at a time, in order. After a failure no
 * new page starts; pages in flight finish, then the first failure is thrown.
 */
export async function inLanes<T>(
  lanes: number,
  next: () => Promise<T | null>,
  work: (page: T) => Promise<void>,
): Promise<void> {
  let reading: Promise<unknown> = Promise.resolve();
  let failed = false;
  const read = () => {
    const page = reading.then(next);
    reading = page.catch(() => undefined);
    return page;
  };
  const lane = async () => {
    while (!failed) {
      const page = await read();
      if (page === null) return;
      await work(page);
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: lanes }, () =>
      lane().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
}
