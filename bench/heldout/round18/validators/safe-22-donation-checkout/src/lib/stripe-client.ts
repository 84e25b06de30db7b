import { loadStripe } from "@stripe/stripe-js";

const STRIPE_PUBLISHABLE_KEY = "pk_live_51Dz9EVQTQl2vOdDqefli8BVaF5FXgDrBWdFz0Td2hA7xoKWEBIBJVhItENGUwEntSjyzOtGCyTqHAQD46Of24NMZmDFFe21ukc";

export const stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
