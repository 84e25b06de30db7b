const express = require('express')
const { pool } = require('../db')
const { requireAuth } = require('../middleware/requireAuth')

const router = express.Router()

router.get('/', requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    'SELECT id, name, client, rate_cents, status FROM projects WHERE owner_id = $1 ORDER BY created_at DESC',
    [req.user.id]
  )
  res.json(rows)
})

router.post('/', requireAuth, async (req, res) => {
  const { name, client, rateCents } = req.body
  const { rows } = await pool.query(
    'INSERT INTO projects (owner_id, name, client, rate_cents) VALUES ($1, $2, $3, $4) RETURNING *',
    [req.user.id, name, client, rateCents]
  )
  res.status(201).json(rows[0])
})

router.delete('/:id', async (req, res) => {
  await pool.query('DELETE FROM time_entries WHERE project_id = $1', [req.params.id])
  await pool.query('DELETE FROM projects WHERE id = $1', [req.params.id])
  res.status(204).end()
})

module.exports = router
