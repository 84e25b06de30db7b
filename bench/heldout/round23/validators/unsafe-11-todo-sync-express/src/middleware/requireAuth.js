const jwt = require('jsonwebtoken')

module.exports = function requireAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '')
  try {
    const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] })
    req.user = { id: payload.sub }
    next()
  } catch {
    res.status(401).json({ error: 'Unauthorized' })
  }
}
