import twilio from "twilio";
import { WebClient } from "@slack/web-api";

const TWILIO_ACCOUNT_SID = "ACd3a176e7ec3178247f774b28c3429b0e";
const TWILIO_AUTH_TOKEN = "d42602bde6c5d4336d77d71ebab44afa";
const SLACK_BOT_TOKEN = "xoxb-374583369081-9950159971663-cdW4rjhl3ycOUG0fibVjiwVy";

const sms = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
const slack = new WebClient(SLACK_BOT_TOKEN);

export async function notifyBooking(phone: string, when: Date, staffChannel: string) {
  const pretty = when.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
  await sms.messages.create({
    to: phone,
    from: process.env.TWILIO_FROM_NUMBER,
    body: `Your appointment is confirmed for ${pretty}. Reply C to cancel.`,
  });
  await slack.chat.postMessage({ channel: staffChannel, text: `New booking for ${pretty}` });
}
