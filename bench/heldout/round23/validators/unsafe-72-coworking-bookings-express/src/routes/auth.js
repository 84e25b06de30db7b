const express = require('express')
const bcrypt = require('bcryptjs')
const { pool } = require('../db')

const router = express.Router()

router.get('/login', (req, res) => {
  if (typeof req.query.returnTo === 'string') {
    req.session.returnTo = req.query.returnTo
  }
  res.render('login', { error: null, csrfToken: req.csrfToken() })
})

router.post('/login', async (req, res, next) => {
  try {
    const { email, password } = req.body
    const { rows } = await pool.query('SELECT id, password_hash FROM members WHERE email = $1', [email])
    const member = rows[0]
    if (!member || !(await bcrypt.compare(password, member.password_hash))) {
      return res.status(401).render('login', { error: 'Wrong email or password', csrfToken: req.csrfToken() })
    }

    const returnTo = req.session.returnTo || '/bookings'
    req.session.regenerate((err) => {
      if (err) return next(err)
      req.session.memberId = member.id
      res.redirect(returnTo)
    })
  } catch (err) {
    next(err)
  }
})

module.exports = router
