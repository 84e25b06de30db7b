import { WebClient } from "@slack/web-api";
import twilio from "twilio";
import { db } from "../src/db";

const slack = new WebClient("xoxb-8499889367455-1180981208783-CexDvSUrnxytsWkEYT2YAyPp");
const sms = twilio("ACdbc410db08d44c4df631b223eb2b21dc", "9a772477c6f7ea645af4c2170c332dfa");
const FROM = "+15005550006";

async function main() {
  const due = await db.query.reminders.findMany({
    where: (r, { lte, eq, and }) => and(lte(r.dueAt, new Date()), eq(r.sent, false)),
    with: { user: true },
  });

  for (const r of due) {
    if (r.user.slackId) {
      await slack.chat.postMessage({ channel: r.user.slackId, text: `Reminder: ${r.title}` });
    }
    if (r.user.phone) {
      await sms.messages.create({ from: FROM, to: r.user.phone, body: `Reminder: ${r.title}` });
    }
  }
  console.log(`sent ${due.length} reminders`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
