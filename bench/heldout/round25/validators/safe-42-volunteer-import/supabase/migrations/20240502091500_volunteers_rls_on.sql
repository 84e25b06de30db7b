alter table public.volunteers enable row level security;
alter table public.volunteers force row level security;
