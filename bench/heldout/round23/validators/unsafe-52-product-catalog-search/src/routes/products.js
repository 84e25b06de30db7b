const express = require('express')
const { pool } = require('../db')

const router = express.Router()

router.get('/search', async (req, res, next) => {
  try {
    const q = String(req.query.q || '').trim()
    const page = Math.max(1, parseInt(req.query.page, 10) || 1)
    const limit = 24

    const sql =
      "SELECT id, name, slug, price_cents, image_url FROM products " +
      "WHERE is_listed = true AND (name ILIKE '%" + q + "%' OR description ILIKE '%" + q + "%') " +
      'ORDER BY name LIMIT ' + limit + ' OFFSET ' + (page - 1) * limit

    const { rows } = await pool.query(sql)
    res.json({ page, results: rows })
  } catch (err) {
    next(err)
  }
})

module.exports = router
