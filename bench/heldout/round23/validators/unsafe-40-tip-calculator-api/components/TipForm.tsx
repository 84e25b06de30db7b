'use client'

import { useState } from 'react'

export function TipForm() {
  const [expression, setExpression] = useState('42.50 + 18')
  const [result, setResult] = useState<{ total: number; perPerson: number } | null>(null)

  async function calculate() {
    const res = await fetch('/api/calculate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ expression, tipPercent: 18, people: 2 }),
    })
    if (res.ok) setResult(await res.json())
  }

  return (
    <div className="space-y-2">
      <input value={expression} onChange={(e) => setExpression(e.target.value)} className="border p-2" />
      <button onClick={calculate} className="ml-2 rounded bg-emerald-600 px-3 py-2 text-white">
        Split
      </button>
      {result && (
        <p>
          Total {result.total} · {result.perPerson} each
        </p>
      )}
    </div>
  )
}
