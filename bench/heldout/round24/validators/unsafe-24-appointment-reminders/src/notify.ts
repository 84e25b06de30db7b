import twilio from "twilio";

const client = twilio("AC737ba91d4e366378001ba70a02b8ebc6", "a66e84a46bda2d9ebfab4861e23fce16");
const SLACK_TOKEN = "xoxb-40307412115-2030057399615-QsT0SQimLYGdfdswpTB0OUNS";

export async function sendReminder(to: string, when: string) {
  await client.messages.create({
    to,
    from: "+15005550006",
    body: `Reminder: your appointment is at ${when}. Reply C to cancel.`,
  });
}

export async function notifyFrontDesk(text: string) {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${SLACK_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel: "#front-desk", text }),
  });
}
