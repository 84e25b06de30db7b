const express = require('express')
const { draftReply } = require('../services/claude')
const requireAgent = require('../middleware/requireAgent')
const { pool } = require('../db')

const router = express.Router()

router.post('/:id/draft', requireAgent, async (req, res) => {
  const { rows } = await pool.query('SELECT id, body FROM tickets WHERE id = $1 AND org_id = $2', [
    req.params.id,
    req.agent.orgId,
  ])
  if (!rows[0]) return res.status(404).end()
  res.json({ draft: await draftReply(rows[0]) })
})

module.exports = router
