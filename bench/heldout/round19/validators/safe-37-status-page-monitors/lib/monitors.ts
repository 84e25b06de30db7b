export const MONITORS = [
  { name: "Website", url: "https://www.parcelpal.app/healthz" },
  { name: "API", url: "https://api.parcelpal.app/v1/health" },
  { name: "Docs", url: "https://docs.parcelpal.app/" },
];

export async function check(url: string) {
  const started = Date.now();
  try {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${process.env.STATUS_PROBE_TOKEN ?? ""}` },
      signal: AbortSignal.timeout(5000),
    });
    return { ok: res.ok, ms: Date.now() - started };
  } catch {
    return { ok: false, ms: Date.now() - started };
  }
}
