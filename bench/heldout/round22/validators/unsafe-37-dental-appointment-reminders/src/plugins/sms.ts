import fp from "fastify-plugin";
import twilio from "twilio";

const accountSid = "AC8a226d1413b01fa09d67067e948a38ba";
const authToken = "8a1166e86de7cc85e7bb267211ad1eac";

export default fp(async (app) => {
  const client = twilio(accountSid, authToken);

  app.decorate("sendReminder", async (to: string, when: Date) => {
    await client.messages.create({
      to,
      from: "+15005550006",
      body: `Reminder: your dental appointment is on ${when.toLocaleString("en-US")}. Reply C to confirm.`,
    });
  });
});
