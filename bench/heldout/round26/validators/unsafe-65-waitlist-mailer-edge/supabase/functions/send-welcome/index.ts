import { createClient } from "jsr:@supabase/supabase-js@2";

const SENDGRID_API_KEY = Deno.env.get("SENDGRID_API_KEY") ?? "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";

Deno.serve(async (req) => {
  const authHeader = req.headers.get("Authorization");
  if (!authHeader) return new Response("Unauthorized", { status: 401 });

  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, {
    global: { headers: { Authorization: authHeader } },
  });
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user?.email) return new Response("Unauthorized", { status: 401 });

  const res = await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${SENDGRID_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      personalizations: [{ to: [{ email: user.email }] }],
      from: { email: "hello@quietlaunch.app", name: "Quiet Launch" },
      subject: "You're on the list",
      content: [{ type: "text/plain", value: "Thanks for joining the waitlist. We'll be in touch soon." }],
    }),
  });

  return new Response(JSON.stringify({ sent: res.ok }), {
    headers: { "Content-Type": "application/json" },
  });
});
