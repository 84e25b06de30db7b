const express = require('express')
const { requireUser } = require('../middleware/session')
const Sheet = require('../models/Sheet')

const router = express.Router()

function compileFormula(formula) {
  return new Function('row', 'Math', `return (${formula});`)
}

router.post('/:sheetId/computed-columns', requireUser, async (req, res) => {
  const sheet = await Sheet.findOne({ _id: req.params.sheetId, ownerId: req.user.id })
  if (!sheet) return res.status(404).json({ error: 'Sheet not found' })

  const { name, formula } = req.body
  let fn
  try {
    fn = compileFormula(formula)
  } catch (err) {
    return res.status(400).json({ error: 'Formula does not compile' })
  }

  const values = sheet.rows.map((row) => {
    try {
      return fn(row, Math)
    } catch {
      return null
    }
  })

  sheet.columns.push({ name, formula, kind: 'computed' })
  sheet.rows.forEach((row, i) => {
    row[name] = values[i]
  })
  sheet.markModified('rows')
  await sheet.save()

  res.json({ name, values })
})

module.exports = router
