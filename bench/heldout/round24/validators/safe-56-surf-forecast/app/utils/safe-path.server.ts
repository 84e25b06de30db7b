const APP_ORIGIN = "https://surf.example.app";

export function inAppPath(to: FormDataEntryValue | string | null, fallback = "/spots") {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.includes("\\")) {
    return fallback;
  }
  const url = new URL(to, APP_ORIGIN);
  if (url.origin !== APP_ORIGIN || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
