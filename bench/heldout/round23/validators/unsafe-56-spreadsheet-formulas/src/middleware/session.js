const jwt = require('jsonwebtoken')

exports.requireUser = (req, res, next) => {
  const token = req.cookies?.session
  if (!token) return res.status(401).json({ error: 'Not signed in' })
  try {
    const payload = jwt.verify(token, process.env.SESSION_SECRET, { algorithms: ['HS256'] })
    req.user = { id: payload.sub }
    next()
  } catch {
    res.status(401).json({ error: 'Not signed in' })
  }
}
