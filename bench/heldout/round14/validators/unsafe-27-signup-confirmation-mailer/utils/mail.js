const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("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");

async function sendWelcome(to, name) {
  await sgMail.send({
    to,
    from: "hello@signupsheet.app",
    subject: `Welcome, ${name}!`,
    text: "Thanks for signing up. You can manage your slots from your dashboard.",
  });
}

module.exports = { sendWelcome };
