export const API_KEY_HEADER = "x-api-key";
export const WEBHOOK_SECRET_ENV = "STRIPE_WEBHOOK_SECRET";
export const PASSWORD_MIN_LENGTH = 12;

export const FONT_INTEGRITY = "sha256-4588d1225ccc73fd66bf09a0cf0135781134efa6e2a1eefe7ef6d702d993d16b";
export const DEMO_PROJECT_ID = "3f6c2a8e-1b7d-4c59-9e0a-5d2f8b4c7a16";

export const placeholders = {
  apiKey: "your-api-key-here",
  password: "••••••••",
};
