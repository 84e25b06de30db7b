const mongoose = require('mongoose')

const todoSchema = new mongoose.Schema(
  {
    owner: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    title: { type: String, required: true, maxlength: 200 },
    done: { type: Boolean, default: false },
    dueAt: Date,
  },
  { timestamps: true }
)

module.exports = mongoose.model('Todo', todoSchema)
