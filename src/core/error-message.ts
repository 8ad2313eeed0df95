/** An error, in the words it carries: what a reason or a message shows after its own words. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
