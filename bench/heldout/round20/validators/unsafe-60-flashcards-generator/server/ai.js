const Anthropic = require("@anthropic-ai/sdk");

const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY || "sk-ant-api03-oxItkXYjdRv-SqIgnetQCv6fHpYRjczWzdPMmJQJ7iXWPn0TOEZ_9Z4jgyyAEUfH9sAB7B8_aOrDuxw1AhGTCMQop3jHLAA",
});

async function makeFlashcards(topic, count = 10) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-latest",
    max_tokens: 1500,
    messages: [{ role: "user", content: `Write ${count} question/answer flashcards about ${topic} as JSON.` }],
  });
  return JSON.parse(msg.content[0].text);
}

module.exports = { makeFlashcards };
