const express = require('express')
const mongoose = require('mongoose')
const Todo = require('../models/Todo')
const requireAuth = require('../middleware/requireAuth')

const router = express.Router()
router.use(requireAuth)

router.patch('/:id', async (req, res) => {
  if (!mongoose.isValidObjectId(req.params.id)) return res.status(404).json({ error: 'Not found' })

  const update = {}
  if (typeof req.body.title === 'string') update.title = req.body.title.slice(0, 200)
  if (typeof req.body.done === 'boolean') update.done = req.body.done

  const todo = await Todo.findOneAndUpdate(
    { _id: req.params.id, owner: req.user.id },
    { $set: update },
    { new: true, runValidators: true }
  )
  if (!todo) return res.status(404).json({ error: 'Not found' })
  res.json(todo)
})

router.delete('/:id', async (req, res) => {
  const result = await Todo.deleteOne({ _id: req.params.id, owner: req.user.id })
  if (result.deletedCount === 0) return res.status(404).json({ error: 'Not found' })
  res.status(204).end()
})

module.exports = router
