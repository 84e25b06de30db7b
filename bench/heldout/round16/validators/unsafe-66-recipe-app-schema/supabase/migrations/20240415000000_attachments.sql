create table public.recipe_attachments (
  id uuid primary key default gen_random_uuid(),
  recipe_id uuid not null references public.recipes (id) on delete cascade,
  owner_id uuid not null references auth.users (id),
  storage_path text not null,
  created_at timestamptz default now()
);

create index recipe_attachments_recipe_idx on public.recipe_attachments (recipe_id);
