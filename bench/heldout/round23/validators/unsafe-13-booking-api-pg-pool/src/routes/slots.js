const express = require('express')
const { pool } = require('../db')

const router = express.Router()

router.get('/slots', async (req, res) => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(String(req.query.day)) ? req.query.day : new Date().toISOString().slice(0, 10)
  const { rows } = await pool.query(
    `SELECT s.id, s.starts_at, s.ends_at, (b.id IS NOT NULL) AS taken
       FROM slots s LEFT JOIN bookings b ON b.slot_id = s.id
      WHERE s.starts_at::date = $1
      ORDER BY s.starts_at`,
    [day]
  )
  res.json(rows)
})

module.exports = router
