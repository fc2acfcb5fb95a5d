-- The institution a workshop participant comes from, when it is one of ours (the Korean side): its users may see
-- the participant's e-mail address, as partnership officers and auditors do.
ALTER TABLE workshop_participant ADD COLUMN institution_id UUID REFERENCES institution (id);
