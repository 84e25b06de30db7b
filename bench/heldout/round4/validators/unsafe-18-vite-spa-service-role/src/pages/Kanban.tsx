import { useEffect, useState } from 'react'
import { supabase } from '../lib/supabase'

type Card = { id: number; title: string; column: 'todo' | 'doing' | 'done' }

export default function Kanban() {
  const [cards, setCards] = useState<Card[]>([])

  useEffect(() => {
    supabase.from('cards').select('*').then(({ data }) => setCards(data ?? []))
  }, [])

  const move = async (id: number, column: Card['column']) => {
    await supabase.from('cards').update({ column }).eq('id', id)
    setCards((cs) => cs.map((c) => (c.id === id ? { ...c, column } : c)))
  }

  return (
    <div className="grid grid-cols-3 gap-4">
      {(['todo', 'doing', 'done'] as const).map((col) => (
        <section key={col}>
          <h2 className="font-semibold capitalize">{col}</h2>
          {cards.filter((c) => c.column === col).map((c) => (
            <div key={c.id} className="card">
              {c.title}
              {col !== 'done' && <button onClick={() => move(c.id, col === 'todo' ? 'doing' : 'done')}>→</button>}
            </div>
          ))}
        </section>
      ))}
    </div>
  )
}
