const SENDGRID_API_KEY = "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";

Deno.serve(async (req) => {
  const auth = req.headers.get("Authorization");
  if (!auth) return new Response("Unauthorized", { status: 401 });

  const { to, guestName, eventTitle } = await req.json();
  const res = await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { Authorization: `Bearer ${SENDGRID_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      personalizations: [{ to: [{ email: to }] }],
      from: { email: "events@rsvp-kit.app" },
      subject: `You're on the list for ${eventTitle}`,
      content: [{ type: "text/plain", value: `Hi ${guestName}, see you there!` }],
    }),
  });
  return new Response(JSON.stringify({ sent: res.ok }), { headers: { "Content-Type": "application/json" } });
});
