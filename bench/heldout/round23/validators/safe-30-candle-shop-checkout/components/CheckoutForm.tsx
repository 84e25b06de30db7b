'use client'

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js'
import { useState } from 'react'
import { stripePromise } from '@/lib/stripe-client'

function Inner() {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)

  async function pay(e: React.FormEvent) {
    e.preventDefault()
    if (!stripe || !elements) return
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/orders/complete` },
    })
    if (error) setError(error.message ?? 'Payment failed')
  }

  return (
    <form onSubmit={pay}>
      <PaymentElement />
      {error && <p role="alert">{error}</p>}
      <button disabled={!stripe}>Pay</button>
    </form>
  )
}

export function CheckoutForm({ clientSecret }: { clientSecret: string }) {
  return (
    <Elements stripe={stripePromise} options={{ clientSecret }}>
      <Inner />
    </Elements>
  )
}
