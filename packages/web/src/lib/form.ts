/**
 * A state updater that empties a field after its value was saved, unless it changed meanwhile:
 * someone adding several items in a row may already be typing the next one while the first saves.
 * @example setTitle(clearIfUnchanged(sentTitle))
 */
export function clearIfUnchanged(sent: string): (current: string) => string {
  return (current) => (current === sent ? '' : current);
}
