const sgMail = require("@sendgrid/mail");
const twilio = require("twilio");

sgMail.setApiKey("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");
const sms = twilio("AC0acd936ff0a7eb22edd40894e45432ad", "7c8f7a139a8f7bdad40177bd8dccde21");

async function sendOrderConfirmation(to, order) {
  await sgMail.send({
    to,
    from: "orders@cozy-candles.shop",
    subject: `Order #${order.number} confirmed`,
    text: `Thanks! We received your order of ${order.items.length} item(s).`,
  });
  if (order.phone) {
    await sms.messages.create({ to: order.phone, from: "+15005550006", body: `Order #${order.number} confirmed` });
  }
}

module.exports = { sendOrderConfirmation };
