CREATE TABLE "exchange_project_codes" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"pro_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_self_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"kind" text NOT NULL,
	"pro_code" text DEFAULT '' NOT NULL,
	"pro_name" text NOT NULL,
	"score" numeric,
	"grade" text DEFAULT '' NOT NULL,
	"is_last_inst" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_project_codes" ADD CONSTRAINT "exchange_project_codes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_project_codes" ADD CONSTRAINT "exchange_project_codes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_self_results" ADD CONSTRAINT "exchange_self_results_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_project_codes_unique" ON "exchange_project_codes" USING btree ("org_id","fiscal_year","pro_code");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_self_results_unique" ON "exchange_self_results" USING btree ("org_id","fiscal_year","kind","pro_code","pro_name");--> statement-breakpoint
CREATE INDEX "exchange_self_results_org_idx" ON "exchange_self_results" USING btree ("org_id","fiscal_year");