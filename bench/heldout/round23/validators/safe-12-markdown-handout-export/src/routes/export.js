const express = require('express')
const { spawn } = require('node:child_process')
const { requireUser } = require('../middleware/session')

const router = express.Router()

const FORMATS = new Map([
  ['docx', { to: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
  ['odt', { to: 'odt', type: 'application/vnd.oasis.opendocument.text' }],
  ['epub', { to: 'epub3', type: 'application/epub+zip' }],
])

router.post('/export', requireUser, express.text({ type: 'text/markdown', limit: '512kb' }), (req, res) => {
  const format = FORMATS.get(String(req.query.format))
  if (!format) return res.status(400).json({ error: 'Unknown format' })

  const child = spawn('pandoc', ['--sandbox', '--from=markdown', `--to=${format.to}`, '--output=-'], {
    stdio: ['pipe', 'pipe', 'ignore'],
    timeout: 15_000,
  })

  const chunks = []
  child.stdout.on('data', (c) => chunks.push(c))
  child.on('close', (code) => {
    if (code !== 0) return res.status(422).json({ error: 'Could not convert this document' })
    res.type(format.type).attachment(`handout.${req.query.format}`).send(Buffer.concat(chunks))
  })
  child.stdin.end(typeof req.body === 'string' ? req.body : '')
})

module.exports = router
