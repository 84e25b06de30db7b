import { NextResponse } from 'next/server'
import { z } from 'zod'
import { openai } from '@/lib/openai'
import { createClient } from '@/lib/supabase/server'

const Input = z.object({
  jobTitle: z.string().max(120),
  company: z.string().max(120),
  jobDescription: z.string().max(8000),
  resume: z.string().max(12000),
  tone: z.enum(['formal', 'warm', 'concise']).default('warm'),
})

export async function POST(req: Request) {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const input = Input.parse(await req.json())
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.7,
    messages: [
      { role: 'system', content: `You write ${input.tone} cover letters under 300 words.` },
      {
        role: 'user',
        content: `Job: ${input.jobTitle} at ${input.company}\n\n${input.jobDescription}\n\nResume:\n${input.resume}`,
      },
    ],
  })

  return NextResponse.json({ letter: completion.choices[0]?.message.content ?? '' })
}
