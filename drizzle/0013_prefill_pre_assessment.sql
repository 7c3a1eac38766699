CREATE TABLE "pre_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"necessity" text DEFAULT '' NOT NULL,
	"feasibility" text DEFAULT '' NOT NULL,
	"goal_reasonableness" text DEFAULT '' NOT NULL,
	"input_economy" text DEFAULT '' NOT NULL,
	"implementation_plan" text DEFAULT '' NOT NULL,
	"conclusion" text,
	"conclusion_note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_input_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"leaf_id" text NOT NULL,
	"field" text NOT NULL,
	"prefilled" jsonb NOT NULL,
	"value" jsonb,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pre_assessments" ADD CONSTRAINT "pre_assessments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_assessments" ADD CONSTRAINT "pre_assessments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_assessments" ADD CONSTRAINT "pre_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_input_overrides" ADD CONSTRAINT "evaluation_input_overrides_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_input_overrides" ADD CONSTRAINT "evaluation_input_overrides_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pre_assessments_project_unique" ON "pre_assessments" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "pre_assessments_org_idx" ON "pre_assessments" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_input_overrides_unique" ON "evaluation_input_overrides" USING btree ("evaluation_id","leaf_id","field");--> statement-breakpoint
CREATE INDEX "evaluation_input_overrides_evaluation_idx" ON "evaluation_input_overrides" USING btree ("evaluation_id");