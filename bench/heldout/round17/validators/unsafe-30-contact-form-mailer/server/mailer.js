const sgMail = require("@sendgrid/mail");
const { WebClient } = require("@slack/web-api");

sgMail.setApiKey("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");
const slack = new WebClient("xoxb-627487483200-7893392192486-9y0dovLnyEWCgxeTiH5hGIdf");

async function sendContactMessage({ name, email, message }) {
  await sgMail.send({
    to: "hello@acme-bakery.example",
    from: "no-reply@acme-bakery.example",
    replyTo: email,
    subject: `Contact form: ${name}`,
    text: message,
  });
  await slack.chat.postMessage({ channel: "#contact", text: `New message from ${name}` });
}

module.exports = { sendContactMessage };
