import { useEffect, useState } from 'react'
import { fetchAllOrders } from '../lib/supabase'

export default function Dashboard() {
  const [orders, setOrders] = useState<any[]>([])
  const [err, setErr] = useState<string | null>(null)

  useEffect(() => {
    fetchAllOrders().then(setOrders).catch((e) => setErr(String(e)))
  }, [])

  return (
    <div className="p-6">
      <h1 className="text-2xl font-semibold mb-4">Orders</h1>
      {err && <p className="text-red-600">{err}</p>}
      <ul className="divide-y">
        {orders.map((o) => (
          <li key={o.id} className="py-2 flex justify-between">
            <span>{o.customer_email}</span>
            <span>{(o.total_cents / 100).toFixed(2)} — {o.status}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
