export const AUTH_TOKEN_STORAGE_KEY = "auth_token";
export const REFRESH_TOKEN_COOKIE = "__Host-refresh_token";
export const WEBHOOK_SECRET_HEADER = "x-webhook-secret";
export const API_KEY_HEADER = "x-api-key";
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_RESET_PATH = "/auth/reset-password";
export const SECRET_ROTATION_DAYS = 90;

export const passwordRules = [
  { id: "length", label: `At least ${PASSWORD_MIN_LENGTH} characters`, test: (p: string) => p.length >= PASSWORD_MIN_LENGTH },
  { id: "upper", label: "One uppercase letter", test: (p: string) => /[A-Z]/.test(p) },
  { id: "digit", label: "One number", test: (p: string) => /\d/.test(p) },
  { id: "symbol", label: "One symbol", test: (p: string) => /[^A-Za-z0-9]/.test(p) },
];

export function passwordStrength(password: string) {
  const passed = passwordRules.filter((r) => r.test(password)).length;
  return passed / passwordRules.length;
}
