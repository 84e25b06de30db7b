const express = require('express')
const { z } = require('zod')
const { pool } = require('../db')
const requireAuth = require('../middleware/requireAuth')

const router = express.Router()
router.use(requireAuth)

const ExpenseInput = z.object({
  description: z.string().min(1).max(120),
  amountCents: z.number().int().positive().max(10_000_000),
  paidBy: z.string().uuid(),
  splitBetween: z.array(z.string().uuid()).min(1).max(50),
})

async function isMember(groupId, userId) {
  const { rowCount } = await pool.query(
    'SELECT 1 FROM group_members WHERE group_id = $1 AND user_id = $2',
    [groupId, userId]
  )
  return rowCount > 0
}

router.get('/groups/:groupId/expenses', async (req, res) => {
  if (!(await isMember(req.params.groupId, req.user.id))) return res.status(404).end()
  const { rows } = await pool.query(
    'SELECT id, description, amount_cents, paid_by, created_at FROM expenses WHERE group_id = $1 ORDER BY created_at DESC',
    [req.params.groupId]
  )
  res.json(rows)
})

router.post('/groups/:groupId/expenses', async (req, res) => {
  const { groupId } = req.params
  if (!(await isMember(groupId, req.user.id))) return res.status(404).end()

  const parsed = ExpenseInput.safeParse(req.body)
  if (!parsed.success) return res.status(400).json({ error: 'Invalid expense' })
  const { description, amountCents, paidBy, splitBetween } = parsed.data

  const { rows: members } = await pool.query(
    'SELECT user_id FROM group_members WHERE group_id = $1 AND user_id = ANY($2::uuid[])',
    [groupId, [paidBy, ...splitBetween]]
  )
  if (members.length !== new Set([paidBy, ...splitBetween]).size) {
    return res.status(400).json({ error: 'Everyone must be in the group' })
  }

  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query(
      'INSERT INTO expenses (group_id, description, amount_cents, paid_by, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [groupId, description, amountCents, paidBy, req.user.id]
    )
    const share = Math.floor(amountCents / splitBetween.length)
    for (const userId of splitBetween) {
      await client.query(
        'INSERT INTO expense_shares (expense_id, user_id, share_cents) VALUES ($1, $2, $3)',
        [rows[0].id, userId, share]
      )
    }
    await client.query('COMMIT')
    res.status(201).json({ id: rows[0].id })
  } catch (err) {
    await client.query('ROLLBACK')
    throw err
  } finally {
    client.release()
  }
})

module.exports = router
