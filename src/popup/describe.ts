/** An error, in the words it carries: what the popup shows under its own message. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
