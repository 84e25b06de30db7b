-- The licensing server's tables as create_all made them before Alembic (postgresql).
CREATE TABLE invoices (
	id VARCHAR(255) NOT NULL, 
	subscription_id VARCHAR(255) NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_invoices_subscription_id ON invoices (subscription_id);

CREATE TABLE licenses (
	id VARCHAR(32) NOT NULL, 
	key_hash VARCHAR(64), 
	key_box TEXT, 
	email VARCHAR(320) NOT NULL, 
	plan VARCHAR(16) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	seats INTEGER NOT NULL, 
	customer_id VARCHAR(255), 
	subscription_id VARCHAR(255), 
	period_end BIGINT, 
	cancel_at_period_end BOOLEAN NOT NULL, 
	past_due_since BIGINT, 
	seats_at BIGINT NOT NULL, 
	status_at BIGINT NOT NULL, 
	paid BOOLEAN NOT NULL, 
	pay_state VARCHAR(8) NOT NULL, 
	pay_at BIGINT NOT NULL, 
	updated_at BIGINT NOT NULL, 
	ended BOOLEAN NOT NULL, 
	refunded BOOLEAN NOT NULL, 
	created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_licenses_key_hash ON licenses (key_hash);

CREATE UNIQUE INDEX ix_licenses_subscription_id ON licenses (subscription_id);

CREATE INDEX ix_licenses_customer_id ON licenses (customer_id);

CREATE TABLE tickets (
	id SERIAL NOT NULL, 
	email VARCHAR(320) NOT NULL, 
	message TEXT NOT NULL, 
	app_version VARCHAR(64) NOT NULL, 
	platform VARCHAR(64) NOT NULL, 
	attachment TEXT, 
	status VARCHAR(16) NOT NULL, 
	created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE webhook_events (
	id VARCHAR(255) NOT NULL, 
	type VARCHAR(100) NOT NULL, 
	created BIGINT NOT NULL, 
	processed_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
	outcome VARCHAR(16) NOT NULL, 
	reason VARCHAR(300) NOT NULL, 
	subscription_id VARCHAR(255), 
	payload TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_webhook_events_subscription_id ON webhook_events (subscription_id);

CREATE TABLE machines (
	id VARCHAR(32) NOT NULL, 
	license_id VARCHAR(32) NOT NULL, 
	fingerprint VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	platform VARCHAR(64) NOT NULL, 
	active BOOLEAN NOT NULL, 
	activated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
	last_seen TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
	deactivated_at TIMESTAMP WITHOUT TIME ZONE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(license_id) REFERENCES licenses (id)
);

CREATE INDEX ix_machines_license_id ON machines (license_id);
