/**
 * An uploaded file held for the background job that processes it (a large 校验): the bytes as `bytea`,
 * written with a binary parameter and read back in slices, so neither the request nor the job decodes a
 * large text (Base64 in JSON) on the server's main thread. The job's payload names the row (`uploadId`);
 * the job drops it once it has run.
 */
import { customType, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const jobUploads = pgTable('job_uploads', {
  id: uuid('id').primaryKey().defaultRandom(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});
