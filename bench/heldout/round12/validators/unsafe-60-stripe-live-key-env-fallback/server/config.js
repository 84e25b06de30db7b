require("dotenv").config();

const config = {
  port: Number(process.env.PORT) || 4000,
  appUrl: process.env.APP_URL || "http://localhost:5173",
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY || "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",
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
    priceIds: {
      monthly: process.env.STRIPE_PRICE_MONTHLY || "price_1PbMonthlyBasic",
      yearly: process.env.STRIPE_PRICE_YEARLY || "price_1PbYearlyBasic",
    },
  },
  session: {
    cookieName: "sid",
    maxAgeMs: 1000 * 60 * 60 * 24 * 7,
  },
};

module.exports = config;
