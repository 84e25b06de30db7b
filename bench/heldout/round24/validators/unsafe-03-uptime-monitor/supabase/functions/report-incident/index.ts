const STATUS_API = "https://statusbot:yrbvaalDn8XB!@status.partner-hosting.example/api/incidents";

Deno.serve(async (req) => {
  if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });
  const secret = req.headers.get("x-monitor-key");
  if (!secret || secret !== Deno.env.get("MONITOR_KEY")) {
    return new Response("Unauthorized", { status: 401 });
  }
  const { service, message } = await req.json();
  const res = await fetch(STATUS_API, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ service, message, severity: "major" }),
  });
  return new Response(JSON.stringify({ forwarded: res.ok }), {
    headers: { "Content-Type": "application/json" },
  });
});
