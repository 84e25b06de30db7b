const twilio = require("twilio");

const client = twilio("AC416e6c100c271237d94199c9e0e99d6d", "c09f4588588a2fbb30f07f3b8548147d");
const FROM = "+14155550142";

async function sendReminder(to, patientName, when) {
  return client.messages.create({
    from: FROM,
    to,
    body: `Hi ${patientName}, a reminder of your dental appointment on ${when}. Reply C to confirm.`,
  });
}

module.exports = { sendReminder };
