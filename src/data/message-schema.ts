import { z } from 'zod';
import { arxivIdSchema } from '../digest/schema';

/** Background-side validation of incoming messages. */
export const paperRequestSchema = z.object({ type: z.literal('daily-papers:paper'), id: arxivIdSchema }).strict();
