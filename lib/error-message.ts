/** What an error says, for the reader: its message, or the thrown value itself when it is not an Error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
