import { useEffect, useState } from 'react'
import { supabase } from '../lib/supabase'

type Rsvp = { id: string; guest_name: string; attending: boolean; plus_ones: number }

export default function GuestList({ eventId }: { eventId: string }) {
  const [rsvps, setRsvps] = useState<Rsvp[]>([])

  useEffect(() => {
    supabase
      .from('rsvps')
      .select('id, guest_name, attending, plus_ones')
      .eq('event_id', eventId)
      .then(({ data }) => setRsvps(data ?? []))
  }, [eventId])

  const coming = rsvps.filter((r) => r.attending)
  return (
    <div>
      <h2>{coming.reduce((n, r) => n + 1 + r.plus_ones, 0)} guests attending</h2>
      <ul>
        {coming.map((r) => (
          <li key={r.id}>{r.guest_name}</li>
        ))}
      </ul>
    </div>
  )
}
