import { revalidatePath } from 'next/cache'
import { eq } from 'drizzle-orm'
import { db } from '@/db'
import { groceryItems } from '@/db/schema'

export default async function ListPage({ params }: { params: Promise<{ listId: string }> }) {
  const { listId } = await params
  const items = await db.select().from(groceryItems).where(eq(groceryItems.listId, listId))

  async function addItem(formData: FormData) {
    'use server'
    const name = String(formData.get('name') ?? '').trim()
    const quantity = Number(formData.get('quantity') ?? 1)
    if (!name) return
    await db.insert(groceryItems).values({
      listId: String(formData.get('listId')),
      name,
      quantity,
    })
    revalidatePath(`/lists/${formData.get('listId')}`)
  }

  return (
    <main className="mx-auto max-w-md p-6">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.quantity} × {item.name}
          </li>
        ))}
      </ul>
      <form action={addItem} className="mt-4 flex gap-2">
        <input type="hidden" name="listId" value={listId} />
        <input name="name" placeholder="Oat milk" className="flex-1 border p-2" />
        <input name="quantity" type="number" defaultValue={1} min={1} className="w-16 border p-2" />
        <button className="bg-green-700 px-3 text-white">Add</button>
      </form>
    </main>
  )
}
