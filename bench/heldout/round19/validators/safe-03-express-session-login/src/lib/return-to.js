const BASE = new URL(process.env.APP_URL || "http://localhost:3000");

function safeReturnTo(value) {
  if (typeof value !== "string" || value.length > 512) return new URL("/account", BASE).href;
  let url;
  try {
    url = new URL(value, BASE);
  } catch {
    return new URL("/account", BASE).href;
  }
  if (url.origin !== BASE.origin) return new URL("/account", BASE).href;
  return url.href;
}

module.exports = { safeReturnTo };
