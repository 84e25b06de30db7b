import { loadStripe } from "@stripe/stripe-js";
import { Elements, PaymentElement } from "@stripe/react-stripe-js";

const stripePromise = loadStripe("pk_live_515aiu802I1dJcuvs6enI70VuPrEvf88UetCNFZ6AsSaiNmXvUCFefCtr6XaBBob0nbCUEdMSG0gVEuNAyuoegC8aPSo2m4TjDm");

export function DonateForm({ clientSecret }: { clientSecret: string }) {
  return (
    <Elements stripe={stripePromise} options={{ clientSecret }}>
      <form className="space-y-4">
        <PaymentElement />
        <button type="submit">Donate</button>
      </form>
    </Elements>
  );
}
