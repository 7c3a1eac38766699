CREATE TABLE "budget_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"recommendation" text NOT NULL,
	"proposed_budget" numeric,
	"reason" text DEFAULT '' NOT NULL,
	"confirmed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text DEFAULT 'not-started' NOT NULL,
	"projects" jsonb NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"month" integer NOT NULL,
	"due_date" text NOT NULL,
	"title" text NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"raised_by_org_id" uuid NOT NULL,
	"raised_by" uuid,
	"source" text NOT NULL,
	"source_ref" text,
	"fiscal_year" integer NOT NULL,
	"problem" text NOT NULL,
	"requirement" text NOT NULL,
	"responsible_person" text NOT NULL,
	"deadline" text NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"reject_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_recommendations" ADD CONSTRAINT "budget_recommendations_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_recommendations" ADD CONSTRAINT "budget_recommendations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_recommendations" ADD CONSTRAINT "budget_recommendations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_round_id_monitoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monitoring_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD CONSTRAINT "monitoring_rounds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD CONSTRAINT "monitoring_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_raised_by_org_id_organisations_id_fk" FOREIGN KEY ("raised_by_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_recommendations_evaluation_unique" ON "budget_recommendations" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_reports_round_org_unique" ON "monitoring_reports" USING btree ("round_id","org_id");--> statement-breakpoint
CREATE INDEX "monitoring_reports_org_idx" ON "monitoring_reports" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "monitoring_rounds_org_idx" ON "monitoring_rounds" USING btree ("org_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "rectifications_org_idx" ON "rectifications" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "rectifications_raised_idx" ON "rectifications" USING btree ("raised_by_org_id");