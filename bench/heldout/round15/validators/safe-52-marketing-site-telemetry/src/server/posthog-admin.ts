import "server-only";

export async function exportEvents(since: string) {
  const res = await fetch(`https://us.posthog.com/api/projects/${process.env.POSTHOG_PROJECT_ID}/events?after=${encodeURIComponent(since)}`, {
    headers: { Authorization: `Bearer ${process.env.POSTHOG_PERSONAL_API_KEY}` },
  });
  if (!res.ok) throw new Error(`PostHog export failed: ${res.status}`);
  return res.json();
}
