export function isRelativePath(p: string) {
  return p.startsWith("/") && !p.startsWith("//");
}
