import OpenAI from 'openai'

export const openai = new OpenAI({
  apiKey: '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',
})
