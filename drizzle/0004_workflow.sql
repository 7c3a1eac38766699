CREATE TABLE "workflow_chains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"chain" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"participants" uuid[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_events" (
	"document_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"command_id" text NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"event" jsonb NOT NULL,
	CONSTRAINT "workflow_events_document_id_seq_pk" PRIMARY KEY("document_id","seq")
);
--> statement-breakpoint
CREATE TABLE "workflow_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"step_name" text,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workflow_versions" (
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	"trail" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_versions_document_id_number_pk" PRIMARY KEY("document_id","number")
);
--> statement-breakpoint
ALTER TABLE "workflow_chains" ADD CONSTRAINT "workflow_chains_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_documents" ADD CONSTRAINT "workflow_documents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_document_id_workflow_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."workflow_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_notifications" ADD CONSTRAINT "workflow_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_notifications" ADD CONSTRAINT "workflow_notifications_document_id_workflow_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."workflow_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_versions" ADD CONSTRAINT "workflow_versions_document_id_workflow_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."workflow_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_chains_org_kind_unique" ON "workflow_chains" USING btree ("org_id","kind");--> statement-breakpoint
CREATE INDEX "workflow_documents_org_idx" ON "workflow_documents" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "workflow_documents_participants_idx" ON "workflow_documents" USING gin ("participants");--> statement-breakpoint
CREATE INDEX "workflow_events_command_idx" ON "workflow_events" USING btree ("document_id","command_id");--> statement-breakpoint
CREATE INDEX "workflow_notifications_user_idx" ON "workflow_notifications" USING btree ("user_id","read_at");--> statement-breakpoint
-- Workflow events are facts: the application may only INSERT them (the state row is rebuilt from them).
CREATE FUNCTION workflow_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '审核流程记录只允许追加，不允许修改或删除（workflow_events is append-only）';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER workflow_events_no_update_delete BEFORE UPDATE OR DELETE ON workflow_events
  FOR EACH ROW EXECUTE FUNCTION workflow_events_append_only();
