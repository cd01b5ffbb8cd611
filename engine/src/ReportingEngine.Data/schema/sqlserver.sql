-- ReportingEngine data contract (sqlserver).
-- Generated from ReportingEngine.Data.Schema.EstateSchema; see sample-data/README.md for every column.

CREATE TABLE company_profiles (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    name NVARCHAR(100) NOT NULL,
    catalog_profile NVARCHAR(32) NOT NULL,
    service_phone NVARCHAR(32) NOT NULL,
    address NVARCHAR(200) NOT NULL
);

CREATE TABLE communities (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    company_id NVARCHAR(64) NOT NULL,
    name NVARCHAR(100) NOT NULL,
    kind NVARCHAR(32) NOT NULL,
    address NVARCHAR(200) NOT NULL,
    move_in_start DATE NOT NULL,
    total_units INT NOT NULL,
    service_center_phone NVARCHAR(32) NOT NULL,
    CONSTRAINT fk_communities_company_id FOREIGN KEY (company_id) REFERENCES company_profiles (id)
);
CREATE INDEX ix_communities_company_id ON communities (company_id);

CREATE TABLE buildings (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    community_id NVARCHAR(64) NOT NULL,
    name NVARCHAR(50) NOT NULL,
    kind NVARCHAR(32) NOT NULL,
    entrances INT NOT NULL,
    floors INT NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT fk_buildings_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_buildings_community_id ON buildings (community_id);

CREATE TABLE units (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    building_id NVARCHAR(64) NOT NULL,
    entrance INT NOT NULL,
    floor INT NOT NULL,
    room NVARCHAR(10) NOT NULL,
    building_area DECIMAL(18,4) NOT NULL,
    unit_use NVARCHAR(32) NOT NULL,
    occupied_on DATE NULL,
    CONSTRAINT fk_units_building_id FOREIGN KEY (building_id) REFERENCES buildings (id)
);
CREATE INDEX ix_units_building_id ON units (building_id);

CREATE TABLE owners (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    name NVARCHAR(50) NOT NULL,
    gender NVARCHAR(32) NOT NULL,
    id_number NVARCHAR(18) NOT NULL,
    native_place NVARCHAR(50) NOT NULL,
    household_registration NVARCHAR(100) NOT NULL,
    mobile NVARCHAR(20) NOT NULL,
    home_phone NVARCHAR(20) NULL,
    owned_from DATE NOT NULL,
    owned_to DATE NULL,
    is_vip BIT NOT NULL,
    lives_abroad BIT NOT NULL,
    CONSTRAINT fk_owners_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_owners_unit_id ON owners (unit_id);

CREATE TABLE tenants (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    name NVARCHAR(100) NOT NULL,
    mobile NVARCHAR(20) NOT NULL,
    lease_start DATE NOT NULL,
    lease_end DATE NULL,
    CONSTRAINT fk_tenants_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_tenants_unit_id ON tenants (unit_id);

CREATE TABLE household_members (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    name NVARCHAR(50) NOT NULL,
    relation NVARCHAR(20) NOT NULL,
    mobile NVARCHAR(20) NULL,
    CONSTRAINT fk_household_members_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_household_members_unit_id ON household_members (unit_id);

CREATE TABLE emergency_contacts (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    name NVARCHAR(50) NOT NULL,
    relation NVARCHAR(20) NOT NULL,
    phone NVARCHAR(20) NOT NULL,
    CONSTRAINT fk_emergency_contacts_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_emergency_contacts_unit_id ON emergency_contacts (unit_id);

CREATE TABLE vip_details (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    owner_id NVARCHAR(64) NOT NULL,
    birthday DATE NULL,
    personality NVARCHAR(200) NULL,
    preferences NVARCHAR(200) NULL,
    specialties NVARCHAR(200) NULL,
    special_requests NVARCHAR(200) NULL,
    opinions NVARCHAR(500) NULL,
    complaints_handled NVARCHAR(500) NULL,
    updated_on DATE NOT NULL,
    CONSTRAINT fk_vip_details_owner_id FOREIGN KEY (owner_id) REFERENCES owners (id)
);
CREATE INDEX ix_vip_details_owner_id ON vip_details (owner_id);

CREATE TABLE renovations (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    applied_on DATE NOT NULL,
    completed_on DATE NULL,
    extension_requested BIT NOT NULL,
    hot_work BIT NOT NULL,
    violation BIT NOT NULL,
    CONSTRAINT fk_renovations_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_renovations_unit_id ON renovations (unit_id);

CREATE TABLE transfers (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    from_owner_id NVARCHAR(64) NOT NULL,
    to_owner_id NVARCHAR(64) NOT NULL,
    transferred_on DATE NOT NULL,
    CONSTRAINT fk_transfers_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_transfers_from_owner_id FOREIGN KEY (from_owner_id) REFERENCES owners (id),
    CONSTRAINT fk_transfers_to_owner_id FOREIGN KEY (to_owner_id) REFERENCES owners (id)
);
CREATE INDEX ix_transfers_unit_id ON transfers (unit_id);
CREATE INDEX ix_transfers_from_owner_id ON transfers (from_owner_id);
CREATE INDEX ix_transfers_to_owner_id ON transfers (to_owner_id);

CREATE TABLE document_catalog (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    profile NVARCHAR(32) NOT NULL,
    code NVARCHAR(32) NOT NULL,
    name NVARCHAR(100) NOT NULL,
    phase NVARCHAR(32) NOT NULL,
    form NVARCHAR(32) NOT NULL,
    alternative_group NVARCHAR(32) NULL,
    condition NVARCHAR(32) NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT uq_document_catalog_profile_code UNIQUE (profile, code)
);

CREATE TABLE dossier_documents (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    kind_code NVARCHAR(32) NOT NULL,
    title NVARCHAR(100) NOT NULL,
    phase NVARCHAR(32) NOT NULL,
    form NVARCHAR(32) NOT NULL,
    received_on DATE NOT NULL,
    location NVARCHAR(50) NOT NULL,
    CONSTRAINT fk_dossier_documents_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_dossier_documents_unit_id ON dossier_documents (unit_id);

CREATE TABLE major_events (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    community_id NVARCHAR(64) NOT NULL,
    unit_id NVARCHAR(64) NULL,
    category NVARCHAR(32) NOT NULL,
    occurred_on DATE NOT NULL,
    title NVARCHAR(100) NOT NULL,
    description NVARCHAR(1000) NOT NULL,
    evidence NVARCHAR(500) NULL,
    reviewed_by NVARCHAR(50) NULL,
    reviewed_on DATE NULL,
    CONSTRAINT fk_major_events_community_id FOREIGN KEY (community_id) REFERENCES communities (id),
    CONSTRAINT fk_major_events_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_major_events_community_id ON major_events (community_id);
CREATE INDEX ix_major_events_unit_id ON major_events (unit_id);

CREATE TABLE fee_items (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    community_id NVARCHAR(64) NOT NULL,
    code NVARCHAR(16) NOT NULL,
    name NVARCHAR(50) NOT NULL,
    kind NVARCHAR(32) NOT NULL,
    basis NVARCHAR(32) NOT NULL,
    rate DECIMAL(18,4) NOT NULL,
    unit_of_measure NVARCHAR(10) NOT NULL,
    CONSTRAINT fk_fee_items_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_fee_items_community_id ON fee_items (community_id);

CREATE TABLE meter_readings (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    fee_item_id NVARCHAR(64) NOT NULL,
    period CHAR(7) NOT NULL,
    previous_reading DECIMAL(18,4) NOT NULL,
    current_reading DECIMAL(18,4) NOT NULL,
    read_on DATE NOT NULL,
    CONSTRAINT fk_meter_readings_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_meter_readings_fee_item_id FOREIGN KEY (fee_item_id) REFERENCES fee_items (id),
    CONSTRAINT uq_meter_readings_unit_id_fee_item_id_period UNIQUE (unit_id, fee_item_id, period)
);
CREATE INDEX ix_meter_readings_unit_id ON meter_readings (unit_id);
CREATE INDEX ix_meter_readings_fee_item_id ON meter_readings (fee_item_id);
CREATE INDEX ix_meter_readings_period ON meter_readings (period);

CREATE TABLE bills (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    period CHAR(7) NOT NULL,
    issued_on DATE NOT NULL,
    due_on DATE NOT NULL,
    total DECIMAL(18,2) NOT NULL,
    CONSTRAINT fk_bills_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT uq_bills_unit_id_period UNIQUE (unit_id, period)
);
CREATE INDEX ix_bills_unit_id ON bills (unit_id);
CREATE INDEX ix_bills_period ON bills (period);

CREATE TABLE bill_lines (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    bill_id NVARCHAR(64) NOT NULL,
    fee_item_id NVARCHAR(64) NOT NULL,
    description NVARCHAR(100) NOT NULL,
    quantity DECIMAL(18,4) NOT NULL,
    unit_price DECIMAL(18,4) NOT NULL,
    amount DECIMAL(18,2) NOT NULL,
    CONSTRAINT fk_bill_lines_bill_id FOREIGN KEY (bill_id) REFERENCES bills (id),
    CONSTRAINT fk_bill_lines_fee_item_id FOREIGN KEY (fee_item_id) REFERENCES fee_items (id)
);
CREATE INDEX ix_bill_lines_bill_id ON bill_lines (bill_id);
CREATE INDEX ix_bill_lines_fee_item_id ON bill_lines (fee_item_id);

CREATE TABLE payments (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    bill_id NVARCHAR(64) NOT NULL,
    unit_id NVARCHAR(64) NOT NULL,
    paid_on DATE NOT NULL,
    amount DECIMAL(18,2) NOT NULL,
    method NVARCHAR(32) NOT NULL,
    receipt_number NVARCHAR(32) NOT NULL,
    CONSTRAINT fk_payments_bill_id FOREIGN KEY (bill_id) REFERENCES bills (id),
    CONSTRAINT fk_payments_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_payments_bill_id ON payments (bill_id);
CREATE INDEX ix_payments_unit_id ON payments (unit_id);

CREATE TABLE collection_actions (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    kind NVARCHAR(32) NOT NULL,
    acted_at DATETIME2(0) NOT NULL,
    staff NVARCHAR(100) NOT NULL,
    outcome NVARCHAR(32) NOT NULL,
    approval NVARCHAR(32) NULL,
    arrears_amount DECIMAL(18,2) NOT NULL,
    note NVARCHAR(500) NULL,
    CONSTRAINT fk_collection_actions_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_collection_actions_unit_id ON collection_actions (unit_id);

CREATE TABLE deliveries (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    document_kind NVARCHAR(32) NOT NULL,
    period CHAR(7) NOT NULL,
    amount DECIMAL(18,2) NOT NULL,
    delivered_on DATE NOT NULL,
    evidence NVARCHAR(32) NOT NULL,
    notarized BIT NOT NULL,
    reference NVARCHAR(64) NOT NULL,
    delivered_by NVARCHAR(50) NOT NULL,
    CONSTRAINT fk_deliveries_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_deliveries_unit_id ON deliveries (unit_id);

CREATE TABLE borrowings (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    document_title NVARCHAR(100) NOT NULL,
    form NVARCHAR(32) NOT NULL,
    borrower NVARCHAR(50) NOT NULL,
    department NVARCHAR(50) NOT NULL,
    purpose NVARCHAR(200) NOT NULL,
    approved_by NVARCHAR(50) NOT NULL,
    borrowed_at DATETIME2(0) NOT NULL,
    due_at DATETIME2(0) NOT NULL,
    returned_at DATETIME2(0) NULL,
    taken_off_site BIT NOT NULL,
    returned_complete BIT NULL,
    CONSTRAINT fk_borrowings_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_borrowings_unit_id ON borrowings (unit_id);

CREATE TABLE inspections (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    community_id NVARCHAR(64) NOT NULL,
    kind NVARCHAR(32) NOT NULL,
    inspected_on DATE NOT NULL,
    inspector NVARCHAR(50) NOT NULL,
    dossiers_checked INT NOT NULL,
    missing_found INT NOT NULL,
    follow_up NVARCHAR(500) NULL,
    CONSTRAINT fk_inspections_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_inspections_community_id ON inspections (community_id);

CREATE TABLE complaints (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NULL,
    community_id NVARCHAR(64) NOT NULL,
    level NVARCHAR(32) NOT NULL,
    category NVARCHAR(20) NOT NULL,
    content NVARCHAR(500) NOT NULL,
    received_at DATETIME2(0) NOT NULL,
    fixed_at DATETIME2(0) NULL,
    replied_at DATETIME2(0) NULL,
    handler NVARCHAR(50) NOT NULL,
    result NVARCHAR(500) NULL,
    CONSTRAINT fk_complaints_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_complaints_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_complaints_unit_id ON complaints (unit_id);
CREATE INDEX ix_complaints_community_id ON complaints (community_id);

CREATE TABLE repairs (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    category NVARCHAR(20) NOT NULL,
    description NVARCHAR(500) NOT NULL,
    urgent BIT NOT NULL,
    called_at DATETIME2(0) NOT NULL,
    dispatched_at DATETIME2(0) NULL,
    arrived_at DATETIME2(0) NULL,
    finished_at DATETIME2(0) NULL,
    worker NVARCHAR(50) NOT NULL,
    followed_up_at DATETIME2(0) NULL,
    follow_up_result NVARCHAR(200) NULL,
    repeat_of NVARCHAR(64) NULL,
    CONSTRAINT fk_repairs_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_repairs_repeat_of FOREIGN KEY (repeat_of) REFERENCES repairs (id)
);
CREATE INDEX ix_repairs_unit_id ON repairs (unit_id);
CREATE INDEX ix_repairs_repeat_of ON repairs (repeat_of);

CREATE TABLE visits (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    visited_on DATE NOT NULL,
    visitors NVARCHAR(100) NOT NULL,
    manager_joined BIT NOT NULL,
    topic NVARCHAR(100) NOT NULL,
    notes NVARCHAR(500) NULL,
    CONSTRAINT fk_visits_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_visits_unit_id ON visits (unit_id);

CREATE TABLE survey_responses (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id NVARCHAR(64) NOT NULL,
    quarter CHAR(6) NOT NULL,
    responded_on DATE NOT NULL,
    s01 INT NOT NULL,
    s02 INT NOT NULL,
    s03 INT NOT NULL,
    s04 INT NOT NULL,
    s05 INT NOT NULL,
    s06 INT NOT NULL,
    s07 INT NOT NULL,
    s08 INT NOT NULL,
    s09 INT NOT NULL,
    s10 INT NOT NULL,
    s11 INT NOT NULL,
    s12 INT NOT NULL,
    s13 INT NOT NULL,
    s14 INT NOT NULL,
    s15 INT NOT NULL,
    s16 INT NOT NULL,
    s17 INT NOT NULL,
    s18 INT NOT NULL,
    s19 INT NOT NULL,
    s20 INT NOT NULL,
    s21 INT NOT NULL,
    s22 INT NOT NULL,
    s23 INT NOT NULL,
    s24 INT NOT NULL,
    s25 INT NOT NULL,
    praise NVARCHAR(500) NULL,
    problems NVARCHAR(500) NULL,
    CONSTRAINT fk_survey_responses_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT uq_survey_responses_unit_id_quarter UNIQUE (unit_id, quarter)
);
CREATE INDEX ix_survey_responses_unit_id ON survey_responses (unit_id);
CREATE INDEX ix_survey_responses_quarter ON survey_responses (quarter);
