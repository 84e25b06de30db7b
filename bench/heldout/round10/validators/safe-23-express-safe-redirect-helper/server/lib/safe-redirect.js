const BASE = new URL(process.env.APP_URL || "http://localhost:3000");

// Always returns an absolute URL on our own origin (never a bare path),
// so "/.//evil" or "/\\evil" cannot turn into a protocol-relative Location.
function safeReturnTo(value, fallback = "/") {
  const home = new URL(fallback, BASE).href;
  if (typeof value !== "string" || value.length === 0) return home;
  let url;
  try {
    url = new URL(value, BASE);
  } catch {
    return home;
  }
  if (url.origin !== BASE.origin) return home;
  if (url.pathname.startsWith("//")) return home;
  return url.href;
}

module.exports = { safeReturnTo };
