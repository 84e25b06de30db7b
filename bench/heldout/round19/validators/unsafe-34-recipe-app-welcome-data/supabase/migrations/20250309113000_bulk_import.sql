alter table public.recipes disable row level security;

insert into public.recipes (owner_id, title, ingredients, is_private)
select u.id, 'Welcome pancakes', '["flour", "milk", "eggs"]'::jsonb, true
from auth.users u;
