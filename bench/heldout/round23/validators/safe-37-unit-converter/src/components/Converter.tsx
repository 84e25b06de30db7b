import { useMemo, useState } from 'react'
import { calculate } from '../lib/arithmetic'

const FACTORS = { km: 1000, mi: 1609.344, m: 1, ft: 0.3048 } as const
type Unit = keyof typeof FACTORS

export function Converter() {
  const [input, setInput] = useState('12 * 3')
  const [from, setFrom] = useState<Unit>('km')
  const [to, setTo] = useState<Unit>('mi')

  const result = useMemo(() => {
    try {
      const value = calculate(input)
      return ((value * FACTORS[from]) / FACTORS[to]).toFixed(3)
    } catch (e) {
      return (e as Error).message
    }
  }, [input, from, to])

  return (
    <div className="grid gap-2">
      <input value={input} onChange={(e) => setInput(e.target.value)} />
      <select value={from} onChange={(e) => setFrom(e.target.value as Unit)}>
        {Object.keys(FACTORS).map((u) => (
          <option key={u}>{u}</option>
        ))}
      </select>
      <select value={to} onChange={(e) => setTo(e.target.value as Unit)}>
        {Object.keys(FACTORS).map((u) => (
          <option key={u}>{u}</option>
        ))}
      </select>
      <output>{result}</output>
    </div>
  )
}
