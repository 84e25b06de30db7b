import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

const FEED_URL = 'https://feeds.northwind-supply.example/v2/stock.json'

function basicAuth() {
  const user = process.env.PARTNER_FEED_USER
  const pass = process.env.PARTNER_FEED_PASSWORD
  if (!user || !pass) throw new Error('Partner feed credentials are not configured')
  return 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64')
}

async function main() {
  const res = await fetch(FEED_URL, {
    headers: { Accept: 'application/json', Authorization: basicAuth() },
  })
  if (!res.ok) throw new Error(`feed returned ${res.status}`)
  const items = (await res.json()) as { sku: string; available: number }[]

  for (const item of items) {
    await prisma.product.updateMany({ where: { partnerSku: item.sku }, data: { stock: item.available } })
  }
}

main()
  .catch((err) => {
    console.error(err)
    process.exit(1)
  })
  .finally(() => prisma.$disconnect())
