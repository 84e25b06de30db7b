import twilio from "twilio";

const accountSid = "AC35648198a2035755528424a53b2d58a8";
const authToken = "e18657c928ee7fb3a7dbffda2b502445";
const client = twilio(accountSid, authToken);

export async function sendReminder(phone, when) {
  return client.messages.create({
    from: "+15005550006",
    to: phone,
    body: `Reminder: your appointment is at ${when}. Reply C to cancel.`,
  });
}
