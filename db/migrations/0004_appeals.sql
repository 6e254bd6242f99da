CREATE TABLE `appeal_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`appeal_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`detail` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appeal_events_appeal_idx` ON `appeal_events` (`appeal_id`,`at`);--> statement-breakpoint
CREATE TABLE `appeal_materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`appeal_id` integer NOT NULL,
	`field` text NOT NULL,
	`file_id` integer NOT NULL,
	`verdict` text,
	`note` text,
	`reviewed_by` integer,
	`reviewed_at` text,
	FOREIGN KEY (`appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appeal_materials_field_idx` ON `appeal_materials` (`appeal_id`,`field`);--> statement-breakpoint
CREATE TABLE `appeals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`uscc` text NOT NULL,
	`name` text NOT NULL,
	`legal_person_type` text NOT NULL,
	`legal_rep_name` text NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text NOT NULL,
	`id_valid_from` text NOT NULL,
	`id_valid_to` text,
	`phone` text NOT NULL,
	`account` text NOT NULL,
	`remark` text NOT NULL,
	`changes` text,
	`unit_id` integer,
	`assignee_id` integer,
	`submitted_at` text NOT NULL,
	`deadline_days` integer NOT NULL,
	`due_date` text NOT NULL,
	`pauses` text DEFAULT '[]' NOT NULL,
	`claimed_at` text,
	`supplement_materials` text,
	`supplement_note` text,
	`decided_at` text,
	`decided_by` integer,
	`decision_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appeals_status_due_idx` ON `appeals` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `appeals_due_idx` ON `appeals` (`due_date`);--> statement-breakpoint
CREATE INDEX `appeals_assignee_idx` ON `appeals` (`assignee_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `appeals_type_idx` ON `appeals` (`type`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `appeals_uscc_idx` ON `appeals` (`uscc`);--> statement-breakpoint
CREATE INDEX `appeals_name_idx` ON `appeals` (`name`);--> statement-breakpoint
CREATE INDEX `appeals_account_idx` ON `appeals` (`account`);--> statement-breakpoint
CREATE INDEX `appeals_submitted_idx` ON `appeals` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `appeals_decided_idx` ON `appeals` (`decided_at`);--> statement-breakpoint
CREATE INDEX `appeals_unit_idx` ON `appeals` (`unit_id`);--> statement-breakpoint
CREATE TABLE `reject_reasons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reject_reasons_text_unique` ON `reject_reasons` (`text`);--> statement-breakpoint
CREATE INDEX `reject_reasons_order_idx` ON `reject_reasons` (`active`,`sort_order`);--> statement-breakpoint
CREATE TABLE `work_calendar` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_calendar_date_unique` ON `work_calendar` (`date`);--> statement-breakpoint
CREATE INDEX `work_calendar_kind_idx` ON `work_calendar` (`kind`,`date`);