'use server'

import { revalidatePath } from 'next/cache'
import { prisma } from '@/lib/prisma'
import { requireUser } from '@/lib/auth'

function evaluateFormula(formula: string, cells: Record<string, number>) {
  const body = formula.startsWith('=') ? formula.slice(1) : formula
  const names = Object.keys(cells)
  const fn = new Function(...names, 'SUM', `return ${body}`)
  const SUM = (...xs: number[]) => xs.reduce((a, b) => a + b, 0)
  return fn(...names.map((n) => cells[n]), SUM)
}

export async function setCell(sheetId: string, formData: FormData) {
  const user = await requireUser()
  const ref = String(formData.get('ref'))
  const formula = String(formData.get('formula') ?? '')

  const sheet = await prisma.sheet.findFirst({ where: { id: sheetId, ownerId: user.id }, include: { cells: true } })
  if (!sheet) throw new Error('Not found')

  const values = Object.fromEntries(sheet.cells.map((c) => [c.ref, Number(c.value) || 0]))
  const value = formula ? evaluateFormula(formula, values) : 0

  await prisma.cell.upsert({
    where: { sheetId_ref: { sheetId, ref } },
    update: { formula, value: String(value) },
    create: { sheetId, ref, formula, value: String(value) },
  })
  revalidatePath(`/sheets/${sheetId}`)
}
