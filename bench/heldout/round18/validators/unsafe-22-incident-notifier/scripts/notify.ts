import twilio from "twilio";
import { WebClient } from "@slack/web-api";
import { Octokit } from "@octokit/rest";
import { createClient } from "@supabase/supabase-js";

const sms = twilio("AC93e56d8549bb07e06c2afd35ed7ca9a5", "fc5c16a4339fdd6a55e571d7c369208f");
const slack = new WebClient("xoxb-518916770034-232897878582-yHr4S9vK1FlQKT2yKzX56jHn");
const gh = new Octokit({ auth: "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" });
const supabase = createClient("https://yeymalfhjzyhuoudvvxi.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InlleW1hbGZoanp5aHVvdWR2dnhpIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwNjU5ODc4NCwiZXhwIjoyMDIxOTU4Nzg0fQ.pjSJHX3EBo4bUDg4IpgyTbzMTMArs60fpNL10bSicHY");

export async function notifyOutage(service: string) {
  const { data: oncall } = await supabase.from("oncall").select("phone").eq("active", true);
  for (const p of oncall ?? []) {
    await sms.messages.create({ to: p.phone, from: "+15005550006", body: `${service} is down` });
  }
  await slack.chat.postMessage({ channel: "#incidents", text: `:red_circle: ${service} is down` });
  await gh.issues.create({ owner: "acme", repo: "status", title: `Outage: ${service}` });
}
