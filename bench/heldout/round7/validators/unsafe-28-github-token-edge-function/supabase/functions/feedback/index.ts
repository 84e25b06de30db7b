const GITHUB_REPO = "studio-lumen/app";
const GH_TOKEN = "ghp_oBV2M2DbBBzLuA8qr6KD6woyLw7fwW1XGM7u";

Deno.serve(async (req) => {
  if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });
  const { title, message, email } = await req.json();

  const res = await fetch(`https://api.github.com/repos/${GITHUB_REPO}/issues`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${GH_TOKEN}`,
      Accept: "application/vnd.github+json",
    },
    body: JSON.stringify({
      title: `[feedback] ${String(title).slice(0, 80)}`,
      body: `${message}\n\nfrom: ${email ?? "anonymous"}`,
      labels: ["feedback"],
    }),
  });

  return new Response(JSON.stringify({ ok: res.ok }), {
    headers: { "Content-Type": "application/json" },
  });
});
