import { z } from 'zod';

/** A limit option: a whole number of at least 1. */
export const positiveCount = z.number().int().min(1);
