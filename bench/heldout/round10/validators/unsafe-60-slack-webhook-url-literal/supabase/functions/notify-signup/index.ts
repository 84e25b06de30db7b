const SLACK_WEBHOOK_URL =
  "https://hooks.slack.com/services/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";

Deno.serve(async (req) => {
  if (req.method !== "POST") {
    return new Response("Method not allowed", { status: 405 });
  }
  const { record } = await req.json();
  const text = `:tada: New sign-up: *${record?.email ?? "unknown"}* (${record?.plan ?? "free"})`;

  const res = await fetch(SLACK_WEBHOOK_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });

  if (!res.ok) {
    console.error("slack failed", res.status, await res.text());
    return new Response("slack error", { status: 502 });
  }
  return new Response(JSON.stringify({ ok: true }), {
    headers: { "content-type": "application/json" },
  });
});
