const express = require('express')
const { pool } = require('../db')

const router = express.Router()

router.get('/search', async (req, res, next) => {
  try {
    const q = String(req.query.q || '').trim().slice(0, 80)
    const page = Math.max(1, parseInt(req.query.page, 10) || 1)
    const limit = 24

    const sql =
      'SELECT id, name, slug, price_cents, image_url FROM products ' +
      "WHERE is_listed = true AND (name ILIKE '%' || $1 || '%' OR description ILIKE '%' || $1 || '%') " +
      'ORDER BY name LIMIT $2 OFFSET $3'

    const { rows } = await pool.query(sql, [q, limit, (page - 1) * limit])
    res.json({ page, results: rows })
  } catch (err) {
    next(err)
  }
})

module.exports = router
