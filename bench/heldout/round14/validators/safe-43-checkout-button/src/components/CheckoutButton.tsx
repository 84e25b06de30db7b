import { getStripe } from "../lib/stripe-client";

export function CheckoutButton({ sessionId }: { sessionId: string }) {
  return (
    <button
      onClick={async () => {
        const stripe = await getStripe();
        await stripe?.redirectToCheckout({ sessionId });
      }}
    >
      Pay now
    </button>
  );
}
