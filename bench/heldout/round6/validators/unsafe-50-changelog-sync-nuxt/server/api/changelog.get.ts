export default defineCachedEventHandler(async () => {
  return await fetchReleases();
}, { maxAge: 60 * 10 });
