import { z } from 'zod';
import { arxivIdSchema, isoDateSchema } from '../digest/schema';

/** Background-side validation of incoming messages. */
export const paperRequestSchema = z.object({ type: z.literal('daily-papers:paper'), id: arxivIdSchema }).strict();

const type = z.literal('daily-papers:repo');

export const repoRequestSchema = z.discriminatedUnion('op', [
  z.object({ type, op: z.literal('dates') }).strict(),
  z.object({ type, op: z.literal('day'), date: isoDateSchema }).strict(),
  z.object({ type, op: z.literal('dateOf'), id: arxivIdSchema }).strict(),
  z.object({ type, op: z.literal('paper'), id: arxivIdSchema }).strict(),
]);

export const startRequestSchema = z.object({ type: z.literal('daily-papers:start'), url: z.string().max(8192).optional() }).strict();
