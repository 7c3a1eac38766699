ALTER TABLE "job_uploads" DROP CONSTRAINT "job_uploads_job_id_background_jobs_id_fk";
--> statement-breakpoint
ALTER TABLE "job_uploads" DROP COLUMN "job_id";--> statement-breakpoint
ALTER TABLE "job_uploads" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;
