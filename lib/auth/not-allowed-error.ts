/** A signed-out user, or a role too low for what was asked. */
export class NotAllowedError extends Error {
  constructor(message = "You are not allowed to do this.") {
    super(message);
    this.name = "NotAllowedError";
  }
}
