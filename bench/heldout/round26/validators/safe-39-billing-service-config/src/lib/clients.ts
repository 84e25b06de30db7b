import Stripe from "stripe";
import { Resend } from "resend";
import { env } from "../env";

export const stripe = new Stripe(env.STRIPE_SECRET_KEY);
export const resend = new Resend(env.RESEND_API_KEY);
