export function isNonEmpty(s: unknown): s is string {
  return typeof s === "string" && s.trim().length > 0;
}
