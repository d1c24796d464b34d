-- backend-stub schema: created at start, dropped and recreated by /admin/reset.
CREATE TABLE IF NOT EXISTS resident (
  resident_id VARCHAR(16) PRIMARY KEY,
  id_number VARCHAR(18) NOT NULL UNIQUE,
  document_type VARCHAR(20) DEFAULT 'RESIDENT_ID' NOT NULL,
  name VARCHAR(64) NOT NULL,
  name_latin VARCHAR(80),
  sex TINYINT NOT NULL,
  nation VARCHAR(2),
  birth_date DATE NOT NULL,
  address VARCHAR(200) NOT NULL,
  issuer VARCHAR(100) NOT NULL,
  id_valid_from DATE NOT NULL,
  id_valid_until DATE,
  hukou_city VARCHAR(40) NOT NULL,
  hukou_local BOOLEAN NOT NULL,
  state_employee BOOLEAN NOT NULL,
  phone_masked VARCHAR(20) NOT NULL
);
CREATE TABLE IF NOT EXISTS vehicle (
  plate VARCHAR(16) PRIMARY KEY,
  engine_number VARCHAR(24) NOT NULL,
  owner_id VARCHAR(16) NOT NULL REFERENCES resident(resident_id),
  model VARCHAR(40) NOT NULL,
  registered_on DATE NOT NULL,
  inspection_valid_until DATE NOT NULL
);
CREATE TABLE IF NOT EXISTS licence (
  licence_number CHAR(18) PRIMARY KEY,
  resident_id VARCHAR(16) NOT NULL UNIQUE REFERENCES resident(resident_id),
  licence_class VARCHAR(8) NOT NULL,
  valid_from DATE NOT NULL,
  valid_until DATE NOT NULL,
  points INT NOT NULL,
  status VARCHAR(16) NOT NULL
);
CREATE TABLE IF NOT EXISTS violation (
  violation_id VARCHAR(20) PRIMARY KEY,
  plate VARCHAR(16) NOT NULL,
  driver_id VARCHAR(16),
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  location VARCHAR(120) NOT NULL,
  offence VARCHAR(32) NOT NULL,
  fine_cents BIGINT NOT NULL,
  points INT NOT NULL,
  status VARCHAR(16) NOT NULL,
  paid_order_id VARCHAR(24)
);
CREATE INDEX IF NOT EXISTS violation_plate ON violation(plate);
CREATE INDEX IF NOT EXISTS violation_driver ON violation(driver_id);
CREATE TABLE IF NOT EXISTS travel_permit (
  permit_id VARCHAR(16) PRIMARY KEY,
  resident_id VARCHAR(16) NOT NULL REFERENCES resident(resident_id),
  kind VARCHAR(16) NOT NULL,
  permit_number VARCHAR(12) NOT NULL,
  valid_until DATE NOT NULL
);
CREATE TABLE IF NOT EXISTS endorsement (
  endorsement_id VARCHAR(20) PRIMARY KEY,
  permit_id VARCHAR(16) NOT NULL REFERENCES travel_permit(permit_id),
  destination VARCHAR(4) NOT NULL,
  endorsement_type VARCHAR(24) NOT NULL,
  trips_total INT NOT NULL,
  trips_remaining INT NOT NULL,
  valid_until DATE NOT NULL
);
CREATE TABLE IF NOT EXISTS residence_permit (
  permit_id VARCHAR(16) PRIMARY KEY,
  resident_id VARCHAR(16) NOT NULL REFERENCES resident(resident_id),
  city VARCHAR(40) NOT NULL,
  valid_from DATE NOT NULL,
  valid_until DATE NOT NULL
);
CREATE TABLE IF NOT EXISTS application (
  application_id VARCHAR(20) PRIMARY KEY,
  resident_id VARCHAR(16) NOT NULL REFERENCES resident(resident_id),
  domain VARCHAR(16) NOT NULL,
  app_type VARCHAR(24) NOT NULL,
  status VARCHAR(24) NOT NULL,
  fee_cents BIGINT NOT NULL,
  details VARCHAR(2000) NOT NULL,
  collection_point VARCHAR(100),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  kiosk_id VARCHAR(40),
  client_ref VARCHAR(80)
);
CREATE INDEX IF NOT EXISTS application_resident ON application(resident_id);
CREATE TABLE IF NOT EXISTS payment_order (
  order_id VARCHAR(24) PRIMARY KEY,
  resident_id VARCHAR(16) NOT NULL,
  kiosk_id VARCHAR(40) NOT NULL,
  client_ref VARCHAR(80),
  amount_cents BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  paid_at TIMESTAMP WITH TIME ZONE,
  refunded_at TIMESTAMP WITH TIME ZONE,
  refund_reason VARCHAR(200)
);
CREATE TABLE IF NOT EXISTS order_item (
  order_id VARCHAR(24) NOT NULL REFERENCES payment_order(order_id),
  position INT NOT NULL,
  kind VARCHAR(24) NOT NULL,
  reference VARCHAR(24) NOT NULL,
  amount_cents BIGINT NOT NULL,
  PRIMARY KEY (order_id, position)
);
CREATE INDEX IF NOT EXISTS order_item_reference ON order_item(reference);
CREATE TABLE IF NOT EXISTS receipt (
  receipt_id VARCHAR(24) PRIMARY KEY,
  order_id VARCHAR(24) NOT NULL REFERENCES payment_order(order_id),
  resident_id VARCHAR(16) NOT NULL,
  kiosk_id VARCHAR(40) NOT NULL,
  client_ref VARCHAR(80),
  kind VARCHAR(12) NOT NULL,
  printed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE IF NOT EXISTS seed_info (
  version VARCHAR(40) NOT NULL
);
CREATE TABLE IF NOT EXISTS kiosk (
  kiosk_id VARCHAR(40) PRIMARY KEY,
  key_hash CHAR(64) NOT NULL,
  location VARCHAR(100) NOT NULL,
  station_id VARCHAR(40),
  model VARCHAR(40),
  software_version VARCHAR(40),
  registered_at TIMESTAMP WITH TIME ZONE,
  last_heartbeat_at TIMESTAMP WITH TIME ZONE,
  last_heartbeat VARCHAR(20000),
  heartbeat_count BIGINT DEFAULT 0 NOT NULL,
  desired_config VARCHAR(20000) NOT NULL,
  desired_version INT NOT NULL,
  reported_config VARCHAR(20000),
  reported_version INT
);
CREATE TABLE IF NOT EXISTS idempotency (
  kiosk_id VARCHAR(40) NOT NULL,
  idem_key VARCHAR(100) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  state VARCHAR(12) NOT NULL,
  status INT,
  body VARBINARY(1000000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kiosk_id, idem_key)
);
CREATE TABLE IF NOT EXISTS ledger (
  seq BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(32) NOT NULL,
  kiosk_id VARCHAR(40) NOT NULL,
  idem_key VARCHAR(100),
  client_ref VARCHAR(80),
  refs VARCHAR(500) NOT NULL,
  at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE IF NOT EXISTS payment_code_use (
  code_hash CHAR(64) PRIMARY KEY,
  order_id VARCHAR(24) NOT NULL,
  method VARCHAR(24) NOT NULL,
  used_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE IF NOT EXISTS health_check (
  health_check_ref VARCHAR(24) PRIMARY KEY,
  resident_id VARCHAR(16) NOT NULL REFERENCES resident(resident_id),
  hospital VARCHAR(16) NOT NULL,
  checked_on DATE NOT NULL
);
