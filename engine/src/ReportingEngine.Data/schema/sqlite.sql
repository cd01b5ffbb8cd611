-- ReportingEngine data contract (sqlite).
-- Generated from ReportingEngine.Data.Schema.EstateSchema; see sample-data/README.md for every column.

CREATE TABLE company_profiles (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    catalog_profile TEXT NOT NULL,
    service_phone TEXT NOT NULL,
    address TEXT NOT NULL
);

CREATE TABLE communities (
    id TEXT NOT NULL PRIMARY KEY,
    company_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    address TEXT NOT NULL,
    move_in_start TEXT NOT NULL,
    total_units INTEGER NOT NULL,
    service_center_phone TEXT NOT NULL,
    CONSTRAINT fk_communities_company_id FOREIGN KEY (company_id) REFERENCES company_profiles (id)
);
CREATE INDEX ix_communities_company_id ON communities (company_id);

CREATE TABLE buildings (
    id TEXT NOT NULL PRIMARY KEY,
    community_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    entrances INTEGER NOT NULL,
    floors INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    CONSTRAINT fk_buildings_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_buildings_community_id ON buildings (community_id);

CREATE TABLE units (
    id TEXT NOT NULL PRIMARY KEY,
    building_id TEXT NOT NULL,
    entrance INTEGER NOT NULL,
    floor INTEGER NOT NULL,
    room TEXT NOT NULL,
    building_area TEXT NOT NULL,
    unit_use TEXT NOT NULL,
    occupied_on TEXT NULL,
    CONSTRAINT fk_units_building_id FOREIGN KEY (building_id) REFERENCES buildings (id)
);
CREATE INDEX ix_units_building_id ON units (building_id);

CREATE TABLE owners (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    name TEXT NOT NULL,
    gender TEXT NOT NULL,
    id_number TEXT NOT NULL,
    native_place TEXT NOT NULL,
    household_registration TEXT NOT NULL,
    mobile TEXT NOT NULL,
    home_phone TEXT NULL,
    owned_from TEXT NOT NULL,
    owned_to TEXT NULL,
    is_vip INTEGER NOT NULL,
    lives_abroad INTEGER NOT NULL,
    CONSTRAINT fk_owners_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_owners_unit_id ON owners (unit_id);

CREATE TABLE tenants (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    name TEXT NOT NULL,
    mobile TEXT NOT NULL,
    lease_start TEXT NOT NULL,
    lease_end TEXT NULL,
    CONSTRAINT fk_tenants_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_tenants_unit_id ON tenants (unit_id);

CREATE TABLE household_members (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    mobile TEXT NULL,
    CONSTRAINT fk_household_members_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_household_members_unit_id ON household_members (unit_id);

CREATE TABLE emergency_contacts (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    phone TEXT NOT NULL,
    CONSTRAINT fk_emergency_contacts_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_emergency_contacts_unit_id ON emergency_contacts (unit_id);

CREATE TABLE vip_details (
    id TEXT NOT NULL PRIMARY KEY,
    owner_id TEXT NOT NULL,
    birthday TEXT NULL,
    personality TEXT NULL,
    preferences TEXT NULL,
    specialties TEXT NULL,
    special_requests TEXT NULL,
    opinions TEXT NULL,
    complaints_handled TEXT NULL,
    updated_on TEXT NOT NULL,
    CONSTRAINT fk_vip_details_owner_id FOREIGN KEY (owner_id) REFERENCES owners (id)
);
CREATE INDEX ix_vip_details_owner_id ON vip_details (owner_id);

CREATE TABLE renovations (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    applied_on TEXT NOT NULL,
    completed_on TEXT NULL,
    extension_requested INTEGER NOT NULL,
    hot_work INTEGER NOT NULL,
    violation INTEGER NOT NULL,
    CONSTRAINT fk_renovations_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_renovations_unit_id ON renovations (unit_id);

CREATE TABLE transfers (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    from_owner_id TEXT NOT NULL,
    to_owner_id TEXT NOT NULL,
    transferred_on TEXT NOT NULL,
    CONSTRAINT fk_transfers_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_transfers_from_owner_id FOREIGN KEY (from_owner_id) REFERENCES owners (id),
    CONSTRAINT fk_transfers_to_owner_id FOREIGN KEY (to_owner_id) REFERENCES owners (id)
);
CREATE INDEX ix_transfers_unit_id ON transfers (unit_id);
CREATE INDEX ix_transfers_from_owner_id ON transfers (from_owner_id);
CREATE INDEX ix_transfers_to_owner_id ON transfers (to_owner_id);

CREATE TABLE document_catalog (
    id TEXT NOT NULL PRIMARY KEY,
    profile TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    phase TEXT NOT NULL,
    form TEXT NOT NULL,
    alternative_group TEXT NULL,
    condition TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    CONSTRAINT uq_document_catalog_profile_code UNIQUE (profile, code)
);

CREATE TABLE dossier_documents (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    kind_code TEXT NOT NULL,
    title TEXT NOT NULL,
    phase TEXT NOT NULL,
    form TEXT NOT NULL,
    received_on TEXT NOT NULL,
    location TEXT NOT NULL,
    CONSTRAINT fk_dossier_documents_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_dossier_documents_unit_id ON dossier_documents (unit_id);

CREATE TABLE major_events (
    id TEXT NOT NULL PRIMARY KEY,
    community_id TEXT NOT NULL,
    unit_id TEXT NULL,
    category TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    evidence TEXT NULL,
    reviewed_by TEXT NULL,
    reviewed_on TEXT NULL,
    CONSTRAINT fk_major_events_community_id FOREIGN KEY (community_id) REFERENCES communities (id),
    CONSTRAINT fk_major_events_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_major_events_community_id ON major_events (community_id);
CREATE INDEX ix_major_events_unit_id ON major_events (unit_id);

CREATE TABLE fee_items (
    id TEXT NOT NULL PRIMARY KEY,
    community_id TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    basis TEXT NOT NULL,
    rate TEXT NOT NULL,
    unit_of_measure TEXT NOT NULL,
    CONSTRAINT fk_fee_items_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_fee_items_community_id ON fee_items (community_id);

CREATE TABLE meter_readings (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    fee_item_id TEXT NOT NULL,
    period TEXT NOT NULL,
    previous_reading TEXT NOT NULL,
    current_reading TEXT NOT NULL,
    read_on TEXT NOT NULL,
    CONSTRAINT fk_meter_readings_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_meter_readings_fee_item_id FOREIGN KEY (fee_item_id) REFERENCES fee_items (id),
    CONSTRAINT uq_meter_readings_unit_id_fee_item_id_period UNIQUE (unit_id, fee_item_id, period)
);
CREATE INDEX ix_meter_readings_unit_id ON meter_readings (unit_id);
CREATE INDEX ix_meter_readings_fee_item_id ON meter_readings (fee_item_id);
CREATE INDEX ix_meter_readings_period ON meter_readings (period);

CREATE TABLE bills (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    period TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    total TEXT NOT NULL,
    CONSTRAINT fk_bills_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT uq_bills_unit_id_period UNIQUE (unit_id, period)
);
CREATE INDEX ix_bills_unit_id ON bills (unit_id);
CREATE INDEX ix_bills_period ON bills (period);

CREATE TABLE bill_lines (
    id TEXT NOT NULL PRIMARY KEY,
    bill_id TEXT NOT NULL,
    fee_item_id TEXT NOT NULL,
    description TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit_price TEXT NOT NULL,
    amount TEXT NOT NULL,
    CONSTRAINT fk_bill_lines_bill_id FOREIGN KEY (bill_id) REFERENCES bills (id),
    CONSTRAINT fk_bill_lines_fee_item_id FOREIGN KEY (fee_item_id) REFERENCES fee_items (id)
);
CREATE INDEX ix_bill_lines_bill_id ON bill_lines (bill_id);
CREATE INDEX ix_bill_lines_fee_item_id ON bill_lines (fee_item_id);

CREATE TABLE payments (
    id TEXT NOT NULL PRIMARY KEY,
    bill_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    paid_on TEXT NOT NULL,
    amount TEXT NOT NULL,
    method TEXT NOT NULL,
    receipt_number TEXT NOT NULL,
    CONSTRAINT fk_payments_bill_id FOREIGN KEY (bill_id) REFERENCES bills (id),
    CONSTRAINT fk_payments_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_payments_bill_id ON payments (bill_id);
CREATE INDEX ix_payments_unit_id ON payments (unit_id);

CREATE TABLE collection_actions (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    acted_at TEXT NOT NULL,
    staff TEXT NOT NULL,
    outcome TEXT NOT NULL,
    approval TEXT NULL,
    arrears_amount TEXT NOT NULL,
    note TEXT NULL,
    CONSTRAINT fk_collection_actions_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_collection_actions_unit_id ON collection_actions (unit_id);

CREATE TABLE deliveries (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    document_kind TEXT NOT NULL,
    period TEXT NOT NULL,
    amount TEXT NOT NULL,
    delivered_on TEXT NOT NULL,
    evidence TEXT NOT NULL,
    notarized INTEGER NOT NULL,
    reference TEXT NOT NULL,
    delivered_by TEXT NOT NULL,
    CONSTRAINT fk_deliveries_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_deliveries_unit_id ON deliveries (unit_id);

CREATE TABLE borrowings (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    document_title TEXT NOT NULL,
    form TEXT NOT NULL,
    borrower TEXT NOT NULL,
    department TEXT NOT NULL,
    purpose TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    borrowed_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    returned_at TEXT NULL,
    taken_off_site INTEGER NOT NULL,
    returned_complete INTEGER NULL,
    CONSTRAINT fk_borrowings_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_borrowings_unit_id ON borrowings (unit_id);

CREATE TABLE inspections (
    id TEXT NOT NULL PRIMARY KEY,
    community_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    inspected_on TEXT NOT NULL,
    inspector TEXT NOT NULL,
    dossiers_checked INTEGER NOT NULL,
    missing_found INTEGER NOT NULL,
    follow_up TEXT NULL,
    CONSTRAINT fk_inspections_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_inspections_community_id ON inspections (community_id);

CREATE TABLE complaints (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NULL,
    community_id TEXT NOT NULL,
    level TEXT NOT NULL,
    category TEXT NOT NULL,
    content TEXT NOT NULL,
    received_at TEXT NOT NULL,
    fixed_at TEXT NULL,
    replied_at TEXT NULL,
    handler TEXT NOT NULL,
    result TEXT NULL,
    CONSTRAINT fk_complaints_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_complaints_community_id FOREIGN KEY (community_id) REFERENCES communities (id)
);
CREATE INDEX ix_complaints_unit_id ON complaints (unit_id);
CREATE INDEX ix_complaints_community_id ON complaints (community_id);

CREATE TABLE repairs (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    urgent INTEGER NOT NULL,
    called_at TEXT NOT NULL,
    dispatched_at TEXT NULL,
    arrived_at TEXT NULL,
    finished_at TEXT NULL,
    worker TEXT NOT NULL,
    followed_up_at TEXT NULL,
    follow_up_result TEXT NULL,
    repeat_of TEXT NULL,
    CONSTRAINT fk_repairs_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_repairs_repeat_of FOREIGN KEY (repeat_of) REFERENCES repairs (id)
);
CREATE INDEX ix_repairs_unit_id ON repairs (unit_id);
CREATE INDEX ix_repairs_repeat_of ON repairs (repeat_of);

CREATE TABLE visits (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    visited_on TEXT NOT NULL,
    visitors TEXT NOT NULL,
    manager_joined INTEGER NOT NULL,
    topic TEXT NOT NULL,
    notes TEXT NULL,
    CONSTRAINT fk_visits_unit_id FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_visits_unit_id ON visits (unit_id);

CREATE TABLE survey_responses (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    quarter TEXT NOT NULL,
    responded_on TEXT NOT NULL,
    s01 INTEGER NOT NULL,
    s02 INTEGER NOT NULL,
    s03 INTEGER NOT NULL,
    s04 INTEGER NOT NULL,
    s05 INTEGER NOT NULL,
    s06 INTEGER NOT NULL,
    s07 INTEGER NOT NULL,
    s08 INTEGER NOT NULL,
    s09 INTEGER NOT NULL,
    s10 INTEGER NOT NULL,
    s11 INTEGER NOT NULL,
    s12 INTEGER NOT NULL,
    s13 INTEGER NOT NULL,
    s14 INTEGER NOT NULL,
    s15 INTEGER NOT NULL,
    s16 INTEGER NOT NULL,
    s17 INTEGER NOT NULL,
    s18 INTEGER NOT NULL,
    s19 INTEGER NOT NULL,
    s20 INTEGER NOT NULL,
    s21 INTEGER NOT NULL,
    s22 INTEGER NOT NULL,
    s23 INTEGER NOT NULL,
    s24 INTEGER NOT NULL,
    s25 INTEGER NOT NULL,
    praise TEXT NULL,
    problems TEXT NULL,
    CONSTRAINT fk_survey_responses_unit_id FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT uq_survey_responses_unit_id_quarter UNIQUE (unit_id, quarter)
);
CREATE INDEX ix_survey_responses_unit_id ON survey_responses (unit_id);
CREATE INDEX ix_survey_responses_quarter ON survey_responses (quarter);
