CREATE TABLE "indicator_library_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"year" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "indicator_library_code_unique";--> statement-breakpoint
ALTER TABLE "evidence_files" ADD COLUMN "indicator_id" uuid;--> statement-breakpoint
-- An indicator's files were keyed by its 三级指标 name: tie each to the indicator of that name (the first
-- in the goal table when two share it). Files whose indicator was renamed away stay unlinked.
UPDATE "evidence_files" f SET "indicator_id" = (
  SELECT pi."id" FROM "project_indicators" pi
  WHERE pi."project_id" = f."owner_id" AND pi."level3" = f."indicator"
  ORDER BY pi."position" LIMIT 1
) WHERE f."owner_kind" = 'indicator';--> statement-breakpoint
ALTER TABLE "indicator_library" ADD COLUMN "edition_id" uuid;--> statement-breakpoint
-- Entries kept so far go into the national edition of 2020 (the first fiscal year Jixiao's documents
-- cover): through the fallback to the nearest earlier year it serves every later year, as before.
INSERT INTO "indicator_library_editions" ("region", "year", "note")
SELECT '全国', 2020, '升级时由原指标库转入' WHERE EXISTS (SELECT 1 FROM "indicator_library");--> statement-breakpoint
UPDATE "indicator_library" SET "edition_id" = (SELECT "id" FROM "indicator_library_editions" WHERE "region" = '全国' AND "year" = 2020);--> statement-breakpoint
ALTER TABLE "indicator_library" ALTER COLUMN "edition_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_proposals" ADD COLUMN "edition_id" uuid;--> statement-breakpoint
UPDATE "indicator_proposals" SET "edition_id" = (SELECT "id" FROM "indicator_library_editions" WHERE "region" = '全国' AND "year" = 2020);--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_library_editions_region_year_unique" ON "indicator_library_editions" USING btree ("region","year");--> statement-breakpoint
ALTER TABLE "indicator_library" ADD CONSTRAINT "indicator_library_edition_id_indicator_library_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."indicator_library_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_proposals" ADD CONSTRAINT "indicator_proposals_edition_id_indicator_library_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."indicator_library_editions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_library_edition_code_unique" ON "indicator_library" USING btree ("edition_id","code");--> statement-breakpoint
CREATE INDEX "indicator_library_edition_idx" ON "indicator_library" USING btree ("edition_id");--> statement-breakpoint
ALTER TABLE "indicator_library" DROP COLUMN "region";--> statement-breakpoint
ALTER TABLE "indicator_library" DROP COLUMN "year";