const express = require('express')
const bcrypt = require('bcryptjs')
const { pool } = require('../db')
const { localPath } = require('../lib/localPath')

const router = express.Router()

router.get('/login', (req, res) => {
  req.session.returnTo = localPath(req.query.returnTo)
  res.render('login', { error: null, csrfToken: req.csrfToken() })
})

router.post('/login', async (req, res, next) => {
  try {
    const { email, password } = req.body
    const { rows } = await pool.query('SELECT id, password_hash FROM members WHERE email = $1', [email])
    const member = rows[0]
    if (!member || !(await bcrypt.compare(String(password), member.password_hash))) {
      return res.status(401).render('login', { error: 'Wrong email or password', csrfToken: req.csrfToken() })
    }

    const returnTo = localPath(req.session.returnTo)
    req.session.regenerate((err) => {
      if (err) return next(err)
      req.session.memberId = member.id
      res.redirect(303, returnTo)
    })
  } catch (err) {
    next(err)
  }
})

module.exports = router
