/** The abort reason of runs whose worker is stopping (SIGTERM, deploy): they end INTERRUPTED. */
export class WorkerStoppedError extends Error {
  constructor(signal = "SIGTERM") {
    super(
      `The worker stopped (${signal}) and ended this run after its last committed page; the next run resumes from there.`,
    );
    this.name = "WorkerStoppedError";
  }
}
