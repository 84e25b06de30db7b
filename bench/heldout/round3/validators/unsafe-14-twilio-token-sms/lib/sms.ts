import twilio from "twilio";

const accountSid = "ACec2ce477089f43c0210800a1749ea395";
const authToken = "dc8589bbd03897edc46cfb589a55a948";

const client = twilio(accountSid, authToken);

export async function sendBookingReminder(to: string, when: Date) {
  return client.messages.create({
    from: "+15005550006",
    to,
    body: `Reminder: your appointment is on ${when.toLocaleString()}. Reply C to cancel.`,
  });
}
