import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe("pk_live_51EpRYwYkHAVDH9Cjs3dNNoZ6EKkZKN8xarDw9YMr1gXEhpEBUSqBz2fT7R3PipK4pGXlPdopq1fxAQAmbhDlwdFIZB0aia2kwz");
