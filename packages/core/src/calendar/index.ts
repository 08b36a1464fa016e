// Barrel for the calendar capability: the iCalendar writer and what the feed holds.
export * from './ical.js';
export * from './feed.js';
