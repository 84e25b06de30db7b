"use client";

import { loadStripe } from "@stripe/stripe-js";
import { createBrowserClient } from "@supabase/ssr";

const stripePromise = loadStripe("pk_live_51vgSa7WdpwurdnisTQQ8km0MLAdCeBOmSzUNBytTlxzmFvOP2QeITVCiBhUImybChlPuIZvFAqfPDPRCw6PSFH0408wWhspJXL");
const supabase = createBrowserClient("https://donations.supabase.co", "sb_publishable_D3MySyE3ytg1nFFadZlwhR_mHlzJPhF");

export function DonateButton({ amount }: { amount: number }) {
  async function donate() {
    const { data } = await supabase.functions.invoke("create-donation-session", { body: { amount } });
    const stripe = await stripePromise;
    await stripe?.redirectToCheckout({ sessionId: data.sessionId });
  }
  return (
    <button onClick={donate} className="rounded-full bg-emerald-600 px-5 py-2 text-white">
      Donate ${amount}
    </button>
  );
}
