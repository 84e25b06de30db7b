import Stripe from "stripe";
import { siteConfig } from "@/config/site";

export const stripe = new Stripe(siteConfig.stripe.secretKey, { typescript: true });
