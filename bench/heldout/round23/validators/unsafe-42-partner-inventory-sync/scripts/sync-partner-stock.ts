import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

const FEED_URL = 'https://northwind-sync:pC2VNLiFkqWUfyqDpI@feeds.northwind-supply.example/v2/stock.json'

type FeedItem = { sku: string; available: number; eta?: string }

async function main() {
  const res = await fetch(FEED_URL, { headers: { Accept: 'application/json' } })
  if (!res.ok) throw new Error(`feed returned ${res.status}`)
  const items = (await res.json()) as FeedItem[]

  for (const item of items) {
    await prisma.product.updateMany({
      where: { partnerSku: item.sku },
      data: { stock: item.available, restockEta: item.eta ? new Date(item.eta) : null },
    })
  }
  console.log(`synced ${items.length} items`)
}

main()
  .catch((err) => {
    console.error(err)
    process.exit(1)
  })
  .finally(() => prisma.$disconnect())
