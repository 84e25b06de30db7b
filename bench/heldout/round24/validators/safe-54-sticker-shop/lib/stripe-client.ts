import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe("pk_live_51680tXiSEGNBgGmXgruTeTOqshMo4COMCDAlzQir1xZaKxPdYwNAV7EWa0alICGV8tzXv66qCQk43mIQQVbISkBYTJGMkEuwXo");
