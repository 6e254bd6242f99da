CREATE TABLE `legacy_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uscc` text NOT NULL,
	`name` text NOT NULL,
	`legacy_system` text NOT NULL,
	`legacy_account` text NOT NULL,
	`password_algo` text NOT NULL,
	`password_salt` text,
	`password_hash` text,
	`legal_rep_name` text NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`locked_at` text,
	`upgraded_at` text,
	`unit_id` integer,
	`imported_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legacy_accounts_uscc_uq` ON `legacy_accounts` (`uscc`);--> statement-breakpoint
CREATE UNIQUE INDEX `legacy_accounts_system_account_uq` ON `legacy_accounts` (`legacy_system`,`legacy_account`);--> statement-breakpoint
CREATE INDEX `legacy_accounts_system_id_idx` ON `legacy_accounts` (`legacy_system`,`id`);