-- Standards outputs (issue 19): standards bodies as data, with the ordered stages a work item passes there, and the
-- contributions (표준 기고/제안) projects make to them, each with its dated stage history.

CREATE TABLE standards_body (
    id          UUID PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name_ko     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('INTERNATIONAL', 'REGIONAL', 'INDUSTRY_CONSORTIUM', 'NATIONAL')),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A body's stages in their order (position); replaced whole, and only while no contribution refers to the body. A terminal stage ends a work item: the one marked PUBLISHED, or an
-- off-ramp (withdrawn, not accepted, expired). Milestones name what indicators count, whatever the body calls it.
CREATE TABLE standards_stage (
    body_id    UUID         NOT NULL REFERENCES standards_body (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL CHECK (position BETWEEN 0 AND 49),
    code       VARCHAR(40)  NOT NULL,
    name_ko    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    terminal   BOOLEAN      NOT NULL,
    milestone  VARCHAR(30)  CHECK (milestone IN ('WORK_ITEM_ADOPTED', 'PUBLISHED')),
    PRIMARY KEY (body_id, position),
    CONSTRAINT standards_stage_code UNIQUE (body_id, code),
    CONSTRAINT standards_stage_published_is_terminal CHECK (milestone IS DISTINCT FROM 'PUBLISHED' OR terminal),
    CONSTRAINT standards_stage_adopted_is_not_terminal CHECK (milestone IS DISTINCT FROM 'WORK_ITEM_ADOPTED' OR NOT terminal)
);

CREATE TABLE contribution (
    id               UUID PRIMARY KEY,
    project_id       UUID         NOT NULL REFERENCES project (id),
    body_id          UUID         NOT NULL REFERENCES standards_body (id),
    group_name       VARCHAR(200) NOT NULL,
    document_ref     VARCHAR(100) NOT NULL,
    title_ko         VARCHAR(500),
    title_en         VARCHAR(500) NOT NULL,
    kind             VARCHAR(40)  NOT NULL CHECK (kind IN ('NEW_WORK_ITEM_PROPOSAL', 'TECHNICAL_CONTRIBUTION',
                                                       'DRAFT_TEXT', 'CHANGE_REQUEST', 'COMMENT_RESOLUTION')),
    work_item        VARCHAR(200),
    standard_number  VARCHAR(100),
    standard_year    INTEGER      CHECK (standard_year BETWEEN 1900 AND 2100),
    stage_code       VARCHAR(40)  NOT NULL,
    stage_date       DATE         NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- a document is registered once in its body; its stage is one of that body's stages
    CONSTRAINT contribution_document UNIQUE (body_id, document_ref),
    CONSTRAINT contribution_stage FOREIGN KEY (body_id, stage_code) REFERENCES standards_stage (body_id, code)
);
CREATE INDEX contribution_project ON contribution (project_id, created_at);
CREATE INDEX contribution_body ON contribution (body_id);

CREATE TABLE contribution_nist_coauthor (
    contribution_id  UUID         NOT NULL REFERENCES contribution (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    name             VARCHAR(200) NOT NULL,
    PRIMARY KEY (contribution_id, position)
);

-- Every stage a contribution reached, in order, with the date it reached it (the first is its submission).
CREATE TABLE contribution_stage_event (
    contribution_id  UUID          NOT NULL REFERENCES contribution (id) ON DELETE CASCADE,
    seq              INTEGER       NOT NULL CHECK (seq >= 0),
    stage_code       VARCHAR(40)   NOT NULL,
    stage_date       DATE          NOT NULL,
    note             VARCHAR(1000),
    recorded_by      VARCHAR(200)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (contribution_id, seq)
);
CREATE INDEX contribution_stage_event_date ON contribution_stage_event (stage_date);

-- The bodies of the brief (domain.md, "Standards outputs"), their stage lists simplified from each body's procedures.
-- WITHDRAWN off-ramps for BIPM, SEMI and KS are ours (the brief lists none): a contribution can always be given up.
INSERT INTO standards_body (id, code, name_ko, name_en, kind) VALUES
    ('5b0d0000-0000-4000-8000-000000000001', 'ISO', '국제표준화기구', 'International Organization for Standardization', 'INTERNATIONAL'),
    ('5b0d0000-0000-4000-8000-000000000002', 'IEC', '국제전기기술위원회', 'International Electrotechnical Commission', 'INTERNATIONAL'),
    ('5b0d0000-0000-4000-8000-000000000003', 'ISO-IEC-JTC1', 'ISO/IEC 제1합동기술위원회', 'ISO/IEC Joint Technical Committee 1', 'INTERNATIONAL'),
    ('5b0d0000-0000-4000-8000-000000000004', 'ITU-T', '국제전기통신연합 전기통신표준화부문', 'ITU Telecommunication Standardization Sector', 'INTERNATIONAL'),
    ('5b0d0000-0000-4000-8000-000000000005', 'ITU-R', '국제전기통신연합 전파통신부문', 'ITU Radiocommunication Sector', 'INTERNATIONAL'),
    ('5b0d0000-0000-4000-8000-000000000006', 'IEEE-SA', 'IEEE 표준협회', 'IEEE Standards Association', 'INDUSTRY_CONSORTIUM'),
    ('5b0d0000-0000-4000-8000-000000000007', '3GPP', '3세대 파트너십 프로젝트', '3rd Generation Partnership Project', 'INDUSTRY_CONSORTIUM'),
    ('5b0d0000-0000-4000-8000-000000000008', 'IETF', '인터넷 엔지니어링 태스크포스', 'Internet Engineering Task Force', 'INDUSTRY_CONSORTIUM'),
    ('5b0d0000-0000-4000-8000-000000000009', 'IRTF', '인터넷 연구 태스크포스', 'Internet Research Task Force', 'INDUSTRY_CONSORTIUM'),
    ('5b0d0000-0000-4000-8000-000000000010', 'BIPM-KCDB', '국제도량형국 KCDB (교정·측정능력)', 'BIPM KCDB: calibration and measurement capabilities (CIPM MRA)', 'INTERNATIONAL'),
    ('5b0d0000-0000-4000-8000-000000000011', 'BIPM-CC', '국제도량형국 자문위원회', 'BIPM Consultative Committees (CIPM), e.g. CCTF', 'INTERNATIONAL'),
    ('5b0d0000-0000-4000-8000-000000000012', 'SEMI', '국제반도체장비재료협회', 'SEMI (semiconductor industry standards)', 'INDUSTRY_CONSORTIUM'),
    ('5b0d0000-0000-4000-8000-000000000013', 'KS', '한국산업표준 (국가기술표준원)', 'Korean Industrial Standards (KATS)', 'NATIONAL');

INSERT INTO standards_stage (body_id, position, code, name_ko, name_en, terminal, milestone) VALUES
    ('5b0d0000-0000-4000-8000-000000000001', 0, '00', '예비업무항목', 'Preliminary work item (00)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000001', 1, '10', '신규업무항목 제안', 'New work item proposal (10)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000001', 2, '20', '작업초안', 'Working draft (20)', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000001', 3, '30', '위원회안', 'Committee draft (30)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000001', 4, '40', '질의안 (DIS)', 'Enquiry draft, DIS (40)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000001', 5, '50', '최종국제표준안 (FDIS)', 'Final draft, FDIS (50)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000001', 6, '60', '발간', 'Published (60)', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000001', 7, '95', '철회', 'Withdrawn (95)', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000001', 8, '98', '삭제', 'Deleted (98)', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000002', 0, '00', '예비업무항목', 'Preliminary work item (00)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000002', 1, '10', '신규업무항목 제안', 'New work item proposal (10)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000002', 2, '20', '작업초안', 'Working draft (20)', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000002', 3, '30', '위원회안', 'Committee draft (30)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000002', 4, '40', '투표용 위원회안 (CDV)', 'Committee draft for vote, CDV (40)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000002', 5, '50', '최종국제표준안 (FDIS)', 'Final draft, FDIS (50)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000002', 6, '60', '발간', 'Published (60)', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000002', 7, '95', '철회', 'Withdrawn (95)', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000002', 8, '98', '삭제', 'Deleted (98)', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000003', 0, '00', '예비업무항목', 'Preliminary work item (00)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000003', 1, '10', '신규업무항목 제안', 'New work item proposal (10)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000003', 2, '20', '작업초안', 'Working draft (20)', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000003', 3, '30', '위원회안', 'Committee draft (30)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000003', 4, '40', '질의안 (DIS)', 'Enquiry draft, DIS (40)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000003', 5, '50', '최종국제표준안 (FDIS)', 'Final draft, FDIS (50)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000003', 6, '60', '발간', 'Published (60)', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000003', 7, '95', '철회', 'Withdrawn (95)', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000003', 8, '98', '삭제', 'Deleted (98)', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000004', 0, 'SUBMITTED', '기고 제출', 'Contribution submitted', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000004', 1, 'WORK_ITEM_AGREED', '작업항목 채택', 'Work item agreed', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000004', 2, 'DRAFT_RECOMMENDATION', '권고 초안', 'Draft Recommendation', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000004', 3, 'CONSENTED', '승인절차 개시 (AAP/TAP)', 'Consented (AAP) or determined (TAP)', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000004', 4, 'APPROVED', '승인', 'Approved Recommendation', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000004', 5, 'NOT_ACCEPTED', '불채택', 'Not accepted', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000005', 0, 'SUBMITTED', '기고 제출', 'Contribution submitted', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000005', 1, 'WORKING_DOCUMENT', '작업문서 (PDNR)', 'Working document / preliminary draft new Recommendation', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000005', 2, 'DRAFT_ADOPTED', '연구반 채택', 'Draft new Recommendation adopted by the study group', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000005', 3, 'APPROVED', '승인', 'Approved Recommendation', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000005', 4, 'NOT_ACCEPTED', '불채택', 'Not accepted', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000006', 0, 'PAR_APPROVED', 'PAR 승인', 'PAR approved', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000006', 1, 'WG_DRAFT', '작업반 초안', 'Working-group draft', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000006', 2, 'SA_BALLOT', 'SA 투표', 'SA ballot', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000006', 3, 'BOARD_APPROVED', '표준위원회 승인', 'Approved by the Standards Board', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000006', 4, 'PUBLISHED', '발간', 'Published', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000006', 5, 'WITHDRAWN', '철회', 'Withdrawn', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000007', 0, 'SUBMITTED', 'Tdoc 제출', 'Tdoc submitted', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000007', 1, 'AGREED', '작업반 합의', 'Agreed by the working group', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000007', 2, 'APPROVED', 'TSG 총회 승인', 'Approved by the TSG plenary', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000007', 3, 'PUBLISHED', 'TS/TR 반영 발간', 'In a published TS/TR version', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000007', 4, 'NOTED', '참고 처리', 'Noted', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000007', 5, 'NOT_PURSUED', '추진 중단', 'Not pursued', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000007', 6, 'WITHDRAWN', '철회', 'Withdrawn', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000008', 0, 'INDIVIDUAL_DRAFT', '개인 인터넷 드래프트', 'Individual Internet-Draft', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000008', 1, 'ADOPTED', '그룹 채택', 'Adopted by the working / research group', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000008', 2, 'LAST_CALL', '그룹 최종검토', 'Group last call', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000008', 3, 'REVIEW', 'IESG/IRSG 검토', 'IESG / IRSG review', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000008', 4, 'RFC', 'RFC 발간', 'Published as RFC', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000008', 5, 'EXPIRED', '만료', 'Expired', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000009', 0, 'INDIVIDUAL_DRAFT', '개인 인터넷 드래프트', 'Individual Internet-Draft', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000009', 1, 'ADOPTED', '그룹 채택', 'Adopted by the working / research group', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000009', 2, 'LAST_CALL', '그룹 최종검토', 'Group last call', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000009', 3, 'REVIEW', 'IESG/IRSG 검토', 'IESG / IRSG review', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000009', 4, 'RFC', 'RFC 발간', 'Published as RFC', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000009', 5, 'EXPIRED', '만료', 'Expired', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000010', 0, 'DRAFT', '초안', 'Draft CMC', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000010', 1, 'INTRA_RMO_REVIEW', '지역기구 내부 검토', 'Intra-RMO review', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000010', 2, 'INTER_RMO_REVIEW', '지역기구 간 검토 (JCRB)', 'Inter-RMO (JCRB) review', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000010', 3, 'PUBLISHED', 'KCDB 등재', 'Published in the KCDB', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000010', 4, 'WITHDRAWN', '철회', 'Withdrawn', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000011', 0, 'WORKING_DOCUMENT', '작업문서', 'Working document', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000011', 1, 'ADOPTED', '자문위원회 권고 채택', 'Recommendation adopted by the CC', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000011', 2, 'WITHDRAWN', '철회', 'Withdrawn', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000012', 0, 'SNARF_APPROVED', 'SNARF 승인', 'SNARF approved', FALSE, 'WORK_ITEM_ADOPTED'),
    ('5b0d0000-0000-4000-8000-000000000012', 1, 'TF_DRAFT', '태스크포스 초안', 'Task-force draft', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000012', 2, 'LETTER_BALLOT', '서면 투표', 'Letter ballot', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000012', 3, 'ADJUDICATED', '위원회 심의 완료', 'Adjudicated by the committee', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000012', 4, 'PUBLISHED', '발간', 'Published', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000012', 5, 'WITHDRAWN', '철회', 'Withdrawn', TRUE, NULL),
    ('5b0d0000-0000-4000-8000-000000000013', 0, 'DRAFT', '초안', 'Draft', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000013', 1, 'PUBLIC_NOTICE', '예고', 'Public notice', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000013', 2, 'DELIBERATION', '심의', 'Deliberation', FALSE, NULL),
    ('5b0d0000-0000-4000-8000-000000000013', 3, 'PUBLISHED', '고시', 'Published (고시)', TRUE, 'PUBLISHED'),
    ('5b0d0000-0000-4000-8000-000000000013', 4, 'WITHDRAWN', '폐지', 'Withdrawn', TRUE, NULL);
