export const config = {
  appUrl: process.env.APP_URL ?? "http://localhost:3000",
  stripe: {
    secretKey: "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",
    webhookSecret: "whsec_IVHx6mmHvLgIACxEzGkP7O9zWt8QT7N1",
  },
  currency: "eur",
};
