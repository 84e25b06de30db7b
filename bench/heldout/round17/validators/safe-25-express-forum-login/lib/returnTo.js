const APP_ORIGIN = process.env.APP_ORIGIN || "http://localhost:3000";

function returnTo(raw) {
  if (typeof raw !== "string" || raw.includes("\\")) return "/";
  let url;
  try {
    url = new URL(raw, APP_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== APP_ORIGIN) return "/";
  const path = url.pathname + url.search;
  if (path.startsWith("//")) return "/";
  return path;
}

module.exports = { returnTo };
