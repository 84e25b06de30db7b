'use client'

import { loadStripe } from '@stripe/stripe-js'
import { useState } from 'react'

const stripePromise = loadStripe('pk_live_51jdYIUzmSZR4WrdwrfngNyqWBhMwebQdcw1F3fNK3AUdunitHfAWVv5wwkFLcKz3xRud5yyFuC75bo300rW8YAfO08TJ2NHP29')

export function CheckoutButton({ priceId }: { priceId: string }) {
  const [loading, setLoading] = useState(false)

  async function onClick() {
    setLoading(true)
    const res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ priceId }),
    })
    const { sessionId } = await res.json()
    const stripe = await stripePromise
    await stripe?.redirectToCheckout({ sessionId })
    setLoading(false)
  }

  return (
    <button onClick={onClick} disabled={loading} className="rounded bg-black px-4 py-2 text-white">
      {loading ? 'Redirecting…' : 'Buy now'}
    </button>
  )
}
