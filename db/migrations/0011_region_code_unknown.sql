ALTER TABLE `operators` ADD `region_code_unknown` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `units` ADD `region_code_unknown` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `institutions` ADD `region_code_unknown` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `appeals` ADD `region_code_unknown` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `title_applications` ADD `region_code_unknown` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `seal_grants` ADD `region_code_unknown` integer DEFAULT false NOT NULL;