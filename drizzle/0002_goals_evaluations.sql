CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"template_ref" text NOT NULL,
	"template" jsonb NOT NULL,
	"inputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"given" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"year" integer,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"template_version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"copied_from" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"level1" text NOT NULL,
	"level2" text DEFAULT '' NOT NULL,
	"level3" text NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"standards" jsonb,
	"actual" text DEFAULT '' NOT NULL,
	"deviation_reason" text DEFAULT '' NOT NULL,
	"improvement" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"name" text NOT NULL,
	"budget_fiscal" numeric DEFAULT '0' NOT NULL,
	"budget_other" numeric DEFAULT '0' NOT NULL,
	"executed_fiscal" numeric DEFAULT '0' NOT NULL,
	"executed_other" numeric DEFAULT '0' NOT NULL,
	"goal_expected" text DEFAULT '' NOT NULL,
	"goal_actual" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"evaluator_name" text NOT NULL,
	"evaluator_title" text DEFAULT '' NOT NULL,
	"evaluator_unit" text DEFAULT '' NOT NULL,
	"entries" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" numeric,
	"given" jsonb,
	"submitted" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_templates" ADD CONSTRAINT "indicator_templates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_org_idx" ON "evaluations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "evaluations_project_idx" ON "evaluations" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_templates_code_unique" ON "indicator_templates" USING btree ("code");--> statement-breakpoint
CREATE INDEX "indicator_templates_org_idx" ON "indicator_templates" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "project_indicators_project_idx" ON "project_indicators" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "projects_org_year_idx" ON "projects" USING btree ("org_id","fiscal_year");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_evaluator_unique" ON "score_sheets" USING btree ("evaluation_id","evaluator_id");