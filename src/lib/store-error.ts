/**
 * Why one of the app's stores refused or failed. `reason` is a stable code the UI translates (each
 * store has its own list and its own subclass, so a page tells its store's errors from any other);
 * `detail` is what the browser or the check said, shown beside the translation.
 */
export class StoreError<Reason extends string> extends Error {
  readonly reason: Reason;
  readonly detail: string;
  constructor(reason: Reason, detail: string, cause?: unknown) {
    super(`${reason}: ${detail}`, { cause });
    this.reason = reason;
    this.detail = detail;
  }
}
