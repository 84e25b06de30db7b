const Anthropic = require('@anthropic-ai/sdk')

const anthropic = new Anthropic({
  apiKey: 'sk-ant-api03-F4sHOzPbi97Rr-OClvX-4nLXLRAl-EzHj3Vdzvu7JTCzOaTtxGoHaV189lOPEwUo6vEaXaR2E1UgwwyI2OJrSA_pgc8TLAA',
})

async function draftReply(ticket) {
  const message = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 600,
    system: 'You are a friendly support agent for a bike rental shop. Keep replies short.',
    messages: [{ role: 'user', content: `Customer wrote:\n${ticket.body}\n\nDraft a reply.` }],
  })
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('')
}

module.exports = { draftReply }
