export const siteConfig = {
  name: "Brewline",
  url: "https://brewline.coffee",
  support: "hello@brewline.coffee",
  stripe: {
    secretKey: "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",
    webhookSecret: "whsec_XGn8fPkn6Yh3nnjC7qaedrqmJijjFh8N",
    prices: { monthly: "price_1QmXk2Lz9aBcDeFgHiJkLmNo", yearly: "price_1QmXk9Lz9aBcDeFgPqRsTuVw" },
  },
} as const;
