const Stripe = require("stripe");
const config = require("./config");

const stripe = new Stripe(config.stripe.secretKey);

async function createCheckout(user, plan) {
  const price = config.stripe.priceIds[plan];
  if (!price) throw new Error("Unknown plan");
  return stripe.checkout.sessions.create({
    mode: "subscription",
    customer_email: user.email,
    client_reference_id: user.id,
    line_items: [{ price, quantity: 1 }],
    success_url: `${config.appUrl}/billing?status=success`,
    cancel_url: `${config.appUrl}/billing?status=cancelled`,
  });
}

module.exports = { stripe, createCheckout };
