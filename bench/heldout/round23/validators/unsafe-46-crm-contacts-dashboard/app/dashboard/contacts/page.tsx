import ContactsTable from '@/components/contacts/ContactsTable'

export default function ContactsPage() {
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">Contacts</h1>
      <ContactsTable />
    </main>
  )
}
