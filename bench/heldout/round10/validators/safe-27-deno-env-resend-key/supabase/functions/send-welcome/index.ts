import { createClient } from "npm:@supabase/supabase-js@2";

const RESEND_API_KEY = Deno.env.get("RESEND_API_KEY");

Deno.serve(async (req) => {
  if (!RESEND_API_KEY) {
    return new Response("email not configured", { status: 500 });
  }
  const authHeader = req.headers.get("Authorization") ?? "";
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, {
    global: { headers: { Authorization: authHeader } },
  });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user?.email) return new Response("unauthorized", { status: 401 });

  const res = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${RESEND_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      from: "Habit Tracker <hello@habits.example>",
      to: [user.email],
      subject: "Welcome aboard",
      text: "Your first streak starts today.",
    }),
  });
  return new Response(JSON.stringify({ sent: res.ok }), { headers: { "content-type": "application/json" } });
});
