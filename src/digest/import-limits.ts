/**
 * How much one import may carry. A module of its own, without zod, so the options page can refuse a file
 * before reading it by the same numbers the background checks after.
 */

/** Larger digest files are refused before they are read: a day of the archive is at most ~120 KB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** A backup holds every imported day: allowed larger, still far below what one message may carry (64 MB). */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;
/** Files in one preview or save request. */
export const MAX_IMPORT_FILES = 500;
/** A file name as shown in a preview. */
export const MAX_FILE_NAME = 500;
