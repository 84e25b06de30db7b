import SharedNote from './SharedNote'

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return <SharedNote slug={slug} />
}
