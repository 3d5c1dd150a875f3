/**
 * Today in Asia/Jakarta (WIB) as YYYY-MM-DD. The Dinas's "today" is the calendar day in Mojokerto:
 * between 00:00 and 07:00 WIB the UTC date is still yesterday.
 */
export const todayInJakarta = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
