import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe("pk_live_51d4hRw3eTFeIr2KnjN9bVOZKXZY5Srzvdo7UhwcoZAcvOA8jLsT6CxLgnKKtnfSSLHLz3RxBRQSQ7E62iijj7vbmmtfaphNG3F");
