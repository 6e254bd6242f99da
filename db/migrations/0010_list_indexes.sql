CREATE INDEX `audit_logs_actor_id_idx` ON `audit_logs` (`actor_id`,`id`);--> statement-breakpoint
CREATE INDEX `operators_unit_id_idx` ON `operators` (`unit_id`,`id`);--> statement-breakpoint
CREATE INDEX `units_status_id_idx` ON `units` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `units_channel_id_idx` ON `units` (`channel`,`id`);--> statement-breakpoint
CREATE INDEX `institutions_status_id_idx` ON `institutions` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `institutions_type_id_idx` ON `institutions` (`type`,`id`);