const sgMail = require("@sendgrid/mail");
const twilio = require("twilio");

sgMail.setApiKey("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");
const sms = twilio("AC645a1d65a707842e81f7fe5bd9d78950", "08275cf1556927e02d881427da166580");

async function remind(appointment) {
  const when = new Date(appointment.startsAt).toLocaleString("en-US");
  await sgMail.send({
    to: appointment.email,
    from: "reminders@brightsmile.dental",
    subject: "Your appointment tomorrow",
    text: `Hi ${appointment.name}, see you on ${when}.`,
  });
  if (appointment.phone) {
    await sms.messages.create({ to: appointment.phone, from: "+15005550006", body: `Reminder: dentist at ${when}` });
  }
}

module.exports = { remind };
