export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_RESET_PATH = "/auth/reset-password";
export const TOKEN_STORAGE_KEY = "sb-access-token";
export const SECRET_QUESTION_OPTIONS = [
  "What was the name of your first pet?",
  "In which city were you born?",
] as const;
export const API_KEY_HEADER = "x-api-key";
export const SESSION_COOKIE = "__Host-session";
