'use client'

import { useEffect, useState } from 'react'
import { getSupabase } from '@/lib/supabase'

type Report = { id: string; post_id: string; reason: string; created_at: string }

export default function ModerationPage() {
  const db = getSupabase('admin')
  const [reports, setReports] = useState<Report[]>([])

  useEffect(() => {
    db.from('post_reports')
      .select('id, post_id, reason, created_at')
      .eq('resolved', false)
      .order('created_at')
      .then(({ data }) => setReports(data ?? []))
  }, [db])

  async function hidePost(report: Report) {
    await db.from('posts').update({ hidden: true }).eq('id', report.post_id)
    await db.from('post_reports').update({ resolved: true }).eq('id', report.id)
    setReports((r) => r.filter((x) => x.id !== report.id))
  }

  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Reported posts</h1>
      {reports.map((r) => (
        <div key={r.id} className="rounded border p-3">
          <p className="text-sm">{r.reason}</p>
          <button className="mt-2 text-sm underline" onClick={() => hidePost(r)}>
            Hide post
          </button>
        </div>
      ))}
    </div>
  )
}
