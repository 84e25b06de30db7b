create table public.documents (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  created_by uuid not null default auth.uid(),
  title text not null,
  body jsonb not null default '{}'::jsonb
);

alter table public.documents enable row level security;
alter table public.documents force row level security;

create policy "tenant members read" on public.documents
  for select using (tenant_id = ((auth.jwt() -> 'app_metadata' ->> 'tenant_id'))::uuid);

create policy "tenant members write" on public.documents
  for insert with check (
    tenant_id = ((auth.jwt() -> 'app_metadata' ->> 'tenant_id'))::uuid
    and created_by = auth.uid()
  );
