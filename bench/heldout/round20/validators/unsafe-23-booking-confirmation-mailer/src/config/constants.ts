export const APP_NAME = "SlotBook";
export const FROM_EMAIL = "bookings@slotbook.app";
export const SENDGRID_KEY = "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";
