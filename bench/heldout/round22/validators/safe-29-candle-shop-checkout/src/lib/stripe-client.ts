import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe("pk_live_514raUJhYnqOtU2TlE0rT0yujpsNI1T7888yjSkz6XCXbaKj8Ia4RgaKe0eTUz4rKuKX5yXgppra87qIvh5nlCBTxLwefnTGxcB");
